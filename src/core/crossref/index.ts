// Public API of cross-referencing: the index, the card data, the Markdown renderers and the pure
// figure comparison.

export { CrossReferenceIndex, HOVER_SCAN_BUDGET } from './crossReferenceIndex';
export type { CrossReferenceOptions, EntityMentionLocation, FigureDisagreement, IndexedSourceInput } from './crossReferenceIndex';
export type {
  ComparisonGroup,
  ComparisonMention,
  EntityCard,
  EntitySourceMatch,
  FigureCard,
  FigureComparison,
  Highlight,
  SentenceExcerpt,
  SourceInfo,
  Verdict,
} from './cards';
export { compareFigures, figureClass } from './figures/compareFigures';
export type { FigureFacts, FigureVerdict } from './figures/compareFigures';
export { describeFigure } from './figures/format';
export { renderEntityCard, renderExcerpt, renderFigureCard } from './render/cards';
export { commandLinks, commandUri, escapeMarkdown, markdownLink } from './render/markdown';
export type { LinkFactory } from './render/markdown';
export { readSourceHeader } from './sourceInfo';
export { splitSentences } from './text/sentences';
