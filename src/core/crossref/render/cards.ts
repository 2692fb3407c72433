// Hover cards as Markdown strings. All article text goes through escapeMarkdown; the only links are
// the LinkFactory's command URIs, checked by markdownLink.

import type { EntityCard, FigureCard, FigureComparison, Highlight, SentenceExcerpt } from '../cards';
import type { SourceInfo } from '../sourceInfo';
import { escapeMarkdown, markdownLink, type LinkFactory } from './markdown';

export type { LinkFactory } from './markdown';

/** Longest sentence shown in a card, in characters; longer ones are cut around the highlights. */
const MAX_EXCERPT = 280;
const MAX_ALIASES = 6;
const MAX_SURFACE_FORMS = 3;

const VERDICT_LABELS: Record<FigureComparison['verdict'], string> = {
  differs: '✗ **Differs**',
  'approximately agrees': '≈ **Approximately agrees**',
  agrees: '✓ **Agrees**',
};

/** The sentence as Markdown: escaped, cut to a window around its highlights, highlights in bold. */
export function renderExcerpt(excerpt: SentenceExcerpt, maxLength = MAX_EXCERPT): string {
  const text = excerpt.text;
  let from = 0;
  let to = text.length;
  if (text.length > maxLength) {
    const focus = excerpt.highlights.find((h) => h.kind === 'mention') ?? excerpt.highlights[0];
    const centre = focus ? (focus.start + focus.end) >> 1 : 0;
    from = Math.max(0, Math.min(centre - (maxLength >> 1), text.length - maxLength));
    to = from + maxLength;
    if (from > 0) from = wordBoundary(text, from, 1);
    if (to < text.length) to = wordBoundary(text, to, -1);
  }
  let out = from > 0 ? '… ' : '';
  let cursor = from;
  for (const highlight of mergeAdjacent(text, excerpt.highlights)) {
    const start = Math.max(highlight.start, cursor);
    const end = Math.min(highlight.end, to);
    if (start >= end) continue;
    out += escapeMarkdown(text.slice(cursor, start));
    const inner = escapeMarkdown(text.slice(start, end)).trim();
    out += inner ? `**${inner}**` : '';
    cursor = end;
  }
  out += escapeMarkdown(text.slice(cursor, to));
  return to < text.length ? `${out} …` : out;
}

/** Joins highlights separated only by spaces, so "**prime minister**" reads as one run. */
function mergeAdjacent(text: string, highlights: readonly Highlight[]): Highlight[] {
  const merged: Highlight[] = [];
  for (const highlight of highlights) {
    const last = merged[merged.length - 1];
    if (last && highlight.start >= last.end && /^[ \t]*$/.test(text.slice(last.end, highlight.start))) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, highlight.end), kind: last.kind === 'mention' ? 'mention' : highlight.kind };
    } else if (!last || highlight.start >= last.end) merged.push(highlight);
  }
  return merged;
}

function wordBoundary(text: string, index: number, direction: 1 | -1): number {
  for (let i = index, steps = 0; i > 0 && i < text.length && steps < 30; i += direction, steps++) {
    if (/\s/.test(text[i])) return direction > 0 ? i + 1 : i;
  }
  return index;
}

function sourceLine(source: SourceInfo, excerpt: SentenceExcerpt, links: LinkFactory): string {
  const parts = [`**${markdownLink(source.title, links.openSource(source.id, excerpt.start, excerpt.end))}**`];
  if (source.outlet) parts.push(escapeMarkdown(source.outlet));
  if (source.date) parts.push(escapeMarkdown(source.date));
  return parts.join(' · ');
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** An entity hover card: who or what it is, where else it appears and how those sources tell it. */
export function renderEntityCard(card: EntityCard, links: LinkFactory): string {
  const blocks: string[] = [];
  const heading = [`**${escapeMarkdown(card.entity.name)}**`, escapeMarkdown(card.entity.type), `in ${card.sourceCount} of ${plural(card.totalSources, 'source')}`];
  const lines = [heading.join(' · ')];
  const aliases = card.aliasesSeen.slice(0, MAX_ALIASES).map(escapeMarkdown);
  if (aliases.length) lines.push(`Also: ${aliases.join(', ')}${card.aliasesSeen.length > MAX_ALIASES ? ', …' : ''}`);
  blocks.push(lines.join('  \n'));

  if (card.others.length === 0) blocks.push('*No other source mentions it.*');
  for (const other of card.others) {
    const forms = other.surfaceForms.slice(0, MAX_SURFACE_FORMS).map((form) => `*${escapeMarkdown(form)}*`);
    const naming = `as ${forms.join(', ')}${other.mentionCount > 1 ? ` (${plural(other.mentionCount, 'mention')})` : ''}`;
    blocks.push(`${sourceLine(other.source, other.sentence, links)}  \n${naming}\n\n> ${renderExcerpt(other.sentence)}`);
  }

  const footer = [markdownLink(`Show all ${plural(card.mentionCount, 'mention')}`, links.showAllMentions(card.entity.id))];
  const hidden = card.otherSourceCount - card.others.length;
  if (hidden > 0) footer.push(`${plural(hidden, 'more source')}`);
  if (card.partial) footer.push('*ranked among the most related sources*');
  blocks.push(footer.join(' · '));
  return blocks.join('\n\n---\n\n');
}

/** A figure hover card: the figure normalised, then how other sources give the same figure. */
export function renderFigureCard(card: FigureCard, links: LinkFactory): string {
  const blocks: string[] = [];
  const heading = [`**${escapeMarkdown(card.display)}**`, escapeMarkdown(card.mention.type)];
  if (card.subject && card.subject !== card.mention.type) heading.push(escapeMarkdown(card.subject));
  const lines = [heading.join(' · ')];
  if (card.comparisonCount > 0) {
    const { differs, approximatelyAgrees, agrees } = card.counts;
    lines.push(`Other sources: ${differs} differ · ${approximatelyAgrees} approximately agree · ${agrees} agree`);
  } else if (!card.comparable) {
    lines.push('*This figure has no value that can be compared.*');
  } else {
    lines.push('*No comparable figure in the other sources.*');
  }
  blocks.push(lines.join('  \n'));

  for (const comparison of card.comparisons) {
    const verdict = `${VERDICT_LABELS[comparison.verdict]} — ${escapeMarkdown(comparison.detail)}`;
    const conversion = comparison.conversion ? `  \n*${escapeMarkdown(comparison.conversion)}*` : '';
    blocks.push(`${verdict}${conversion}  \n${sourceLine(comparison.source, comparison.sentence, links)}\n\n> ${renderExcerpt(comparison.sentence)}`);
  }
  const hidden = card.comparisonCount - card.comparisons.length;
  const footer: string[] = [];
  if (hidden > 0) footer.push(plural(hidden, 'more source'));
  if (card.partial) footer.push('*compared with the most related sources only*');
  if (footer.length) blocks.push(footer.join(' · '));
  return blocks.join('\n\n---\n\n');
}
