// Semantic token types and modifiers contributed in package.json, and how mention types map to them.
// Free of the vscode API so the benchmark can encode tokens in plain Node.
import type { MentionType } from '../../core/model';

/** Order matters: a token's type is its index in this list (the legend sent to VS Code). */
export const TOKEN_TYPES = [
  'person',
  'organization',
  'place',
  'miscEntity',
  'figureNumber',
  'figureMoney',
  'figurePercent',
  'figureQuantity',
  'figureDate',
  'figureTime',
  'figureOrdinal',
] as const;

export const TOKEN_MODIFIERS = ['disputed'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];

/** Bit set on a token whose figure another source states differently. */
export const DISPUTED_MODIFIER_BIT = 1 << TOKEN_MODIFIERS.indexOf('disputed');

const TOKEN_TYPE_OF: Readonly<Record<MentionType, TokenType>> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  // "misc" alone would say nothing in a theme rule.
  misc: 'miscEntity',
  number: 'figureNumber',
  money: 'figureMoney',
  percent: 'figurePercent',
  quantity: 'figureQuantity',
  date: 'figureDate',
  time: 'figureTime',
  ordinal: 'figureOrdinal',
};

export function tokenTypeOf(type: MentionType): TokenType {
  return TOKEN_TYPE_OF[type];
}

export function tokenTypeIndex(type: MentionType): number {
  return TOKEN_TYPES.indexOf(TOKEN_TYPE_OF[type]);
}
