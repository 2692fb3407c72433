// The type model trained on the labelled dev set (see bench/train-type-model.ts).
import { TYPE_WEIGHTS } from './typeModel.data';
import type { Lexicon } from '../../gazetteer/builtin/lexicon';
import { isCommonLowerWord } from '../tokenize';
import type { NameLists } from './features';
import { createTypeModel, parseTypeWeights, type TypeModel } from './typeModel';

/** The lexicon's answers to the model's questions. */
export function nameListsOf(lexicon: Lexicon): NameLists {
  return {
    listed: (key) => lexicon.known.get(key),
    isGivenName: (word) => lexicon.givenNames.has(word),
    isCommonWord: (lowerWord) => isCommonLowerWord(lexicon.lowerFlags, lowerWord),
  };
}

/** Parses the shipped weights (about 15 ms): call once per recogniser. */
export function builtinTypeModel(lexicon: Lexicon): TypeModel {
  return createTypeModel(parseTypeWeights(TYPE_WEIGHTS), nameListsOf(lexicon));
}
