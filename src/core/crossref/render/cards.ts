// Hover cards as Markdown strings, dense enough that a hover (about 250 px before it scrolls) shows
// the heading and two or three sources. All article text goes through escapeMarkdown; the only links
// are the LinkFactory's command URIs, checked by markdownLink.

import type { EntityCard, FigureCard, FigureComparison, Highlight, SentenceExcerpt } from '../cards';
import type { SourceInfo } from '../sourceInfo';
import { describeFigure } from '../figures/format';
import { escapeMarkdown, markdownLink, type LinkFactory } from './markdown';

export type { LinkFactory } from './markdown';

/** Longest sentence shown in a card, in characters; longer ones are cut around the highlights. */
const MAX_EXCERPT = 200;
const MAX_ALIASES = 6;
const MAX_SURFACE_FORMS = 3;

/** Verdict marks: the summary line spells the verdicts out, each comparison starts with its mark. */
const VERDICT_LABELS: Record<FigureComparison['verdict'], string> = {
  differs: '✗',
  'approximately agrees': '≈',
  agrees: '✓',
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

/**
 * A source's header should fit one line of a hover (some 95 characters of its default width): the
 * title gets what the rest of the line leaves, between these bounds.
 */
const LINE_BUDGET = 92;
const MAX_TITLE = 42;
const MIN_TITLE = 24;

function shortened(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.·–—-]+$/, '')}…`;
}

/**
 * "**[Title](open)** · Outlet · 2026-01-07": which source, on one line; `besides` is the length of
 * the visible text sharing the line (a figure and its verdict, how the source names an entity).
 */
function sourceHeader(source: SourceInfo, excerpt: SentenceExcerpt, links: LinkFactory, besides: number): string {
  const outlet = source.outlet ? shortened(source.outlet, MAX_TITLE) : undefined;
  const rest = besides + (outlet ? outlet.length + 3 : 0) + (source.date ? source.date.length + 3 : 0);
  const title = shortened(source.title, Math.max(MIN_TITLE, Math.min(MAX_TITLE, LINE_BUDGET - rest)));
  const parts = [`**${markdownLink(title, links.openSource(source.id, excerpt.start, excerpt.end))}**`];
  if (outlet) parts.push(escapeMarkdown(outlet));
  if (source.date) parts.push(escapeMarkdown(source.date));
  return parts.join(' · ');
}

/** The sentence under its header, quoted, in the same paragraph (no block-quote margins). */
function quoted(excerpt: SentenceExcerpt): string {
  return `“${renderExcerpt(excerpt)}”`;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "2 differ", "1 differs", "1 approximately agrees": counts of a verdict with its verb agreeing. */
function verdictCount(count: number, verb: 'differ' | 'agree' | 'approximately agree'): string {
  return `${count} ${count === 1 ? `${verb}s` : verb}`;
}

/**
 * An entity hover card: who or what it is, then for each other source one header line (title,
 * outlet, date, how it names the entity) with its best matching sentence right under it. Dense on
 * purpose: a hover shows some 250 px before it scrolls.
 */
export function renderEntityCard(card: EntityCard, links: LinkFactory): string {
  const heading = [`**${escapeMarkdown(card.entity.name)}**`, escapeMarkdown(card.entity.type), `in ${card.sourceCount} of ${plural(card.totalSources, 'source')}`];
  const lines = [heading.join(' · ')];
  const aliases = card.aliasesSeen.slice(0, MAX_ALIASES).map(escapeMarkdown);
  if (aliases.length) lines.push(`Also: ${aliases.join(', ')}${card.aliasesSeen.length > MAX_ALIASES ? ', …' : ''}`);
  const blocks = [lines.join('  \n')];

  if (card.others.length === 0) blocks.push('*No other source mentions it.*');
  for (const other of card.others) {
    const forms = other.surfaceForms.slice(0, MAX_SURFACE_FORMS);
    const count = other.mentionCount > 1 ? ` (${plural(other.mentionCount, 'mention')})` : '';
    const naming = `as ${forms.map((form) => `*${escapeMarkdown(form)}*`).join(', ')}${count}`;
    const besides = 6 + forms.join(', ').length + count.length;
    blocks.push(`${sourceHeader(other.source, other.sentence, links, besides)} · ${naming}  \n${quoted(other.sentence)}`);
  }

  const footer = [markdownLink(`Show all ${plural(card.mentionCount, 'mention')}`, links.showAllMentions(card.entity.id))];
  const hidden = card.otherSourceCount - card.others.length;
  if (hidden > 0) footer.push(`${plural(hidden, 'more source')}`);
  if (card.partial) footer.push('*ranked among the most related sources*');
  blocks.push(footer.join(' · '));
  return blocks.join('\n\n');
}

/** How many differing figures the summary line names before "…". */
const MAX_SUMMARY_FIGURES = 3;

/** "Other sources: 2 differ (35 countries, more than 30 countries) · 1 agrees". */
function figureSummary(card: FigureCard): string {
  const { differs, approximatelyAgrees, agrees } = card.counts;
  const parts: string[] = [];
  if (differs > 0) {
    const differing = card.comparisons.filter((c) => c.verdict === 'differs');
    const values = [...new Set(differing.map((c) => describeFigure(c.mention)))];
    const named = values.slice(0, MAX_SUMMARY_FIGURES).map(escapeMarkdown).join(', ');
    const more = values.length > MAX_SUMMARY_FIGURES || differing.length < differs ? ', …' : '';
    parts.push(`**${verdictCount(differs, 'differ')}**${named ? ` (${named}${more})` : ''}`);
  }
  if (approximatelyAgrees > 0) parts.push(verdictCount(approximatelyAgrees, 'approximately agree'));
  if (agrees > 0) parts.push(verdictCount(agrees, 'agree'));
  return `Other sources: ${parts.join(' · ')}`;
}

/**
 * A figure hover card: the figure normalised, a one-line summary of how the other sources give it,
 * then one header line per comparable figure (verdict, value, source) with its sentence under it.
 */
export function renderFigureCard(card: FigureCard, links: LinkFactory): string {
  const heading = [`**${escapeMarkdown(card.display)}**`, escapeMarkdown(card.mention.type)];
  if (card.subject && card.subject !== card.mention.type) heading.push(escapeMarkdown(card.subject));
  const lines = [heading.join(' · ')];
  if (card.comparisonCount > 0) lines.push(figureSummary(card));
  else if (!card.comparable) lines.push('*This figure has no value that can be compared.*');
  else lines.push('*No comparable figure in the other sources.*');
  const blocks = [lines.join('  \n')];

  for (const comparison of card.comparisons) {
    const value = describeFigure(comparison.mention);
    const gap = /\(differs by [^)]*\)$/.exec(comparison.detail)?.[0];
    const note = comparison.conversion ?? gap ?? '';
    const figure = `${VERDICT_LABELS[comparison.verdict]} **${escapeMarkdown(value)}**${comparison.conversion ? ` *${escapeMarkdown(note)}*` : note ? ` ${escapeMarkdown(note)}` : ''}`;
    const besides = 5 + value.length + (note ? note.length + 1 : 0);
    blocks.push(`${figure} · ${sourceHeader(comparison.source, comparison.sentence, links, besides)}  \n${quoted(comparison.sentence)}`);
  }
  const hidden = card.comparisonCount - card.comparisons.length;
  const footer: string[] = [];
  if (hidden > 0) footer.push(plural(hidden, 'more source'));
  if (card.partial) footer.push('*compared with the most related sources only*');
  if (footer.length) blocks.push(footer.join(' · '));
  return blocks.join('\n\n');
}
