// Plain-data helpers for editor adapters of claims (the VS Code adapter in src/vscode/claims):
// evidence proposals from the cross-reference index, references from a claims file to other
// sources, the Markdown of a claim (hover, first comment), the Claims view filter, and anchors
// that need saving. Nothing here touches files or editor types.

import type { CrossReferenceIndex, LinkFactory } from '../crossref';
import { escapeMarkdown, markdownLink } from '../crossref';
import type { Mention, Span } from '../model';
import type { AnchorStatus } from './anchoring/anchorClaim';
import { anchorChanges } from './newClaim';
import type { ClaimChanges } from './operations';
import type { Claim, Evidence, Stance } from './types';

// ---- evidence proposals -------------------------------------------------------------------------

/** A sentence of another source that may support or contradict a claim. */
export interface EvidenceProposal {
  readonly sourceId: string;
  /** Title of the other source (headline), for display. */
  readonly title: string;
  readonly outlet?: string;
  /** The sentence: offsets in the other source and its exact text (raw article text). */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** From the figure comparison: differing figures contradict, agreeing ones support; shared entities only give context. */
  readonly stance: Stance;
  /** Why it is proposed: "26 nations vs 35 countries (differs by 9)", "also names Keir Starmer". */
  readonly reasons: readonly string[];
  /** Ranking score: figure comparisons rank above shared entities, then sentence similarity. */
  readonly score: number;
}

export interface ProposeEvidenceOptions {
  /** Most proposals returned (default 12). */
  readonly limit?: number;
  /** Other sources looked at per mention of the claim (default 8). */
  readonly sourcesPerMention?: number;
}

const STANCE_STRENGTH: Record<Stance, number> = { contradicts: 2, supports: 1, context: 0 };
/** Figure-backed proposals rank above entity-only ones whatever their similarity (which is ≤ 1). */
const FIGURE_BONUS = 1;
/** Each further mention of the claim that leads to the same sentence adds this much. */
const SHARED_MENTION_BONUS = 0.1;

/**
 * Sentences of other sources that share entities or figures with the claim `span` of `sourceId`,
 * best first. Figures are compared (core figure comparison): a differing figure marks the sentence
 * `contradicts`, an agreeing one `supports`; sentences found only through shared entities are
 * `context`. When the selection holds no mention, the mentions of its sentence(s) are used.
 */
export function proposeEvidence(index: CrossReferenceIndex, sourceId: string, span: Span, options: ProposeEvidenceOptions = {}): EvidenceProposal[] {
  const limit = options.limit ?? 12;
  const perMention = options.sourcesPerMention ?? 8;
  const found = new Map<string, { proposal: Omit<EvidenceProposal, 'reasons' | 'score'>; reasons: string[]; best: number; hits: number }>();
  const offer = (proposal: Omit<EvidenceProposal, 'reasons' | 'score'>, reason: string, score: number) => {
    const key = `${proposal.sourceId}\u0000${proposal.start}`;
    const known = found.get(key);
    if (!known) {
      found.set(key, { proposal, reasons: [reason], best: score, hits: 1 });
      return;
    }
    if (!known.reasons.includes(reason)) known.reasons.push(reason);
    known.hits++;
    known.best = Math.max(known.best, score);
    if (STANCE_STRENGTH[proposal.stance] > STANCE_STRENGTH[known.proposal.stance]) known.proposal = { ...known.proposal, stance: proposal.stance };
  };

  for (const mention of mentionsForClaim(index, sourceId, span)) {
    if (mention.kind === 'figure') {
      const card = index.figureCard(sourceId, mention, perMention);
      for (const comparison of card.comparisons) {
        const { source, sentence, verdict, detail } = comparison;
        offer(
          { sourceId: source.id, title: source.title, outlet: source.outlet, start: sentence.start, end: sentence.end, quote: sentence.text, stance: verdict === 'differs' ? 'contradicts' : 'supports' },
          detail,
          FIGURE_BONUS + comparison.similarity,
        );
      }
    } else {
      const card = index.entityCard(sourceId, mention, perMention);
      for (const other of card.others) {
        const { source, sentence } = other;
        offer(
          { sourceId: source.id, title: source.title, outlet: source.outlet, start: sentence.start, end: sentence.end, quote: sentence.text, stance: 'context' },
          `also names ${card.entity.name}`,
          other.similarity,
        );
      }
    }
  }
  return [...found.values()]
    .map(({ proposal, reasons, best, hits }) => ({ ...withoutOutletIfMissing(proposal), reasons, score: round(best + SHARED_MENTION_BONUS * (hits - 1)) }))
    .sort((a, b) => b.score - a.score || compare(a.sourceId, b.sourceId) || a.start - b.start)
    .slice(0, Math.max(0, limit));
}

/** Mentions inside the span; when there are none, the mentions of the sentences it touches. */
function mentionsForClaim(index: CrossReferenceIndex, sourceId: string, span: Span): Mention[] {
  const all = index.mentions(sourceId);
  const inside = all.filter((mention) => mention.start < span.end && mention.end > span.start);
  if (inside.length > 0) return inside;
  const first = index.sentenceAt(sourceId, span.start);
  const last = index.sentenceAt(sourceId, Math.max(span.start, span.end - 1));
  const start = Math.min(first?.start ?? span.start, span.start);
  const end = Math.max(last?.end ?? span.end, span.end);
  return all.filter((mention) => mention.start < end && mention.end > start);
}

function withoutOutletIfMissing<T extends { outlet?: string }>(value: T): T {
  if (value.outlet !== undefined) return value;
  const copy = { ...value };
  delete copy.outlet;
  return copy;
}

/** Label, description and detail of a proposal for a pick list (plain text, not Markdown). */
export function describeProposal(proposal: EvidenceProposal): { label: string; description: string; detail: string } {
  return {
    label: proposal.outlet && !proposal.title.includes(proposal.outlet) ? `${proposal.title} (${proposal.outlet})` : proposal.title,
    description: `${proposal.stance}: ${proposal.reasons.join('; ')}`,
    detail: shorten(proposal.quote, 200),
  };
}

/** The next stance when a user cycles through them (supports → contradicts → context → supports). */
export function nextStance(stance: Stance): Stance {
  return stance === 'supports' ? 'contradicts' : stance === 'contradicts' ? 'context' : 'supports';
}

// ---- references from a claims file to other sources -----------------------------------------------

const URL_REFERENCE = /^[a-z][a-z0-9+.-]*:/i;

/** True when an evidence `source` is a URL rather than a path relative to the claims file. */
export function isUrlReference(reference: string): boolean {
  return URL_REFERENCE.test(reference);
}

/**
 * Path of `target` relative to the folder `fromFolder`, with '/' separators: what an evidence
 * `source` holds. Both are absolute '/'-separated paths (e.g. URI paths).
 */
export function relativeReference(fromFolder: string, target: string): string {
  const from = fromFolder.split('/').filter((part) => part !== '');
  const to = target.split('/').filter((part) => part !== '');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * The absolute path an evidence `source` refers to, from the folder of the claims file; undefined
 * for URLs. '.' and '..' segments are resolved (never above the root).
 */
export function resolveReference(fromFolder: string, reference: string): string | undefined {
  if (reference === '' || isUrlReference(reference)) return undefined;
  const parts = reference.startsWith('/') ? [] : fromFolder.split('/').filter((part) => part !== '');
  for (const part of reference.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

// ---- Markdown of a claim --------------------------------------------------------------------------

/** A piece of evidence with where it was found (if it was) in its source. */
export interface EvidenceView {
  readonly evidence: Evidence;
  /** Title (or file name) of the source, for display. */
  readonly title: string;
  /** Set when the source is indexed and the evidence was found in it. */
  readonly location?: { readonly sourceId: string } & Span;
}

/** Everything a hover or a comment shows about a claim. */
export interface ClaimView {
  readonly claim: Claim;
  readonly status: AnchorStatus;
  readonly evidence: readonly EvidenceView[];
}

const STATUS_TEXT: Record<AnchorStatus, string> = {
  exact: 'exact',
  moved: 'moved (found elsewhere in the text)',
  fuzzy: 'fuzzy (the text changed slightly since it was annotated)',
  orphaned: 'orphaned (its text was not found)',
};

/** How sure the anchoring is, for a reader. */
export function describeAnchorStatus(status: AnchorStatus): string {
  return STATUS_TEXT[status];
}

/** A note or reply as Markdown: every character escaped, paragraphs (blank lines) kept. */
export function textAsMarkdown(text: string): string {
  return text.split(/\r?\n\s*\r?\n/).map(escapeMarkdown).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '').join('\n\n');
}

/**
 * The hover card of a claim: verdict, note, evidence with links to where it is. All user text is
 * escaped; the only links are `links.openSource` URIs (checked by markdownLink).
 */
export function renderClaimHover(view: ClaimView, links: Pick<LinkFactory, 'openSource'>): string {
  const { claim } = view;
  const head = [`**Claim: ${escapeMarkdown(claim.verdict ?? 'no verdict')}**`];
  if (claim.resolved) head.push('resolved');
  if (claim.author) head.push(`by ${escapeMarkdown(claim.author)}`);
  if (view.status !== 'exact') head.push(escapeMarkdown(describeAnchorStatus(view.status)));
  const parts = [head.join(' · ')];
  if (claim.note) parts.push(textAsMarkdown(claim.note));
  parts.push(...renderEvidenceList(view.evidence, links));
  if (claim.replies.length > 0) parts.push(`*${claim.replies.length} ${claim.replies.length === 1 ? 'reply' : 'replies'}*`);
  return parts.join('\n\n');
}

/** The first comment of a claim's thread: verdict, note and evidence. */
export function renderClaimComment(view: ClaimView, links: Pick<LinkFactory, 'openSource'>): string {
  const { claim } = view;
  const parts = [`**Verdict: ${escapeMarkdown(claim.verdict ?? 'none')}**`];
  parts.push(claim.note ? textAsMarkdown(claim.note) : '*No note.*');
  parts.push(...renderEvidenceList(view.evidence, links));
  return parts.join('\n\n');
}

function renderEvidenceList(evidence: readonly EvidenceView[], links: Pick<LinkFactory, 'openSource'>): string[] {
  if (evidence.length === 0) return [];
  const items = evidence.map(({ evidence: item, title, location }) => {
    const source = location ? markdownLink(title, links.openSource(location.sourceId, location.start, location.end)) : `${escapeMarkdown(title)} *(not found)*`;
    const note = item.note ? ` — ${escapeMarkdown(item.note)}` : '';
    return `- ${item.stance ? `*${item.stance}*: ` : ''}${source}: “${escapeMarkdown(shorten(item.quote, 160))}”${note}`;
  });
  return ['**Evidence**', items.join('\n')];
}

// ---- Claims view filter ---------------------------------------------------------------------------

/** A parsed filter: every term must match; verdicts and health, when given, must be among them. */
export interface ClaimFilter {
  readonly text: string;
  readonly terms: readonly string[];
  readonly verdicts: readonly string[];
  readonly statuses: readonly AnchorStatus[];
}

const ANCHOR_STATUSES: readonly AnchorStatus[] = ['exact', 'moved', 'fuzzy', 'orphaned'];

/**
 * Reads a filter like `verdict:disputed is:orphaned harbour`: `verdict:` (or `v:`) selects
 * verdicts, `is:`/`health:` anchor health (exact, moved, fuzzy, orphaned) or `resolved`/`open`, other
 * words must all appear in the quote, note, author, verdict, id or replies (case-insensitive).
 */
export function parseClaimFilter(text: string): ClaimFilter {
  const terms: string[] = [];
  const verdicts: string[] = [];
  const statuses: AnchorStatus[] = [];
  for (const word of text.trim().split(/\s+/).filter((part) => part !== '')) {
    const [, key, value] = /^(verdict|v|is|health):(.+)$/i.exec(word) ?? [];
    const lowered = value?.toLowerCase();
    if (key && lowered && /^(verdict|v)$/i.test(key)) verdicts.push(lowered);
    else if (lowered && (ANCHOR_STATUSES as readonly string[]).includes(lowered)) statuses.push(lowered as AnchorStatus);
    else if (lowered === 'resolved' || lowered === 'open') terms.push(`is:${lowered}`);
    else terms.push(word.toLowerCase());
  }
  return { text: text.trim(), terms, verdicts, statuses };
}

/** Whether a claim with anchor health `status` passes `filter`. */
export function matchesClaimFilter(claim: Claim, status: AnchorStatus, filter: ClaimFilter): boolean {
  if (filter.verdicts.length > 0 && !filter.verdicts.includes((claim.verdict ?? '').toLowerCase())) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(status)) return false;
  const haystack = [claim.id, claim.quote, claim.note, claim.author, claim.verdict, ...claim.replies.map((reply) => `${reply.author ?? ''} ${reply.body}`)]
    .filter((part) => part !== undefined)
    .join('\n')
    .toLowerCase();
  return filter.terms.every((term) => {
    if (term === 'is:resolved') return claim.resolved;
    if (term === 'is:open') return !claim.resolved;
    return haystack.includes(term);
  });
}

// ---- anchors to save ------------------------------------------------------------------------------

/**
 * The `updateClaim` changes that store the claim's current place `span` in `text`, or undefined
 * when the stored quote, context and offsets already describe it.
 */
export function staleAnchorChanges(text: string, claim: Claim, span: Span): ClaimChanges | undefined {
  if (span.end <= span.start || span.end > text.length) return undefined;
  const changes = anchorChanges(text, span);
  const same = changes.quote === claim.quote && changes.prefix === claim.prefix && changes.suffix === claim.suffix
    && changes.start === claim.start && changes.end === claim.end;
  return same ? undefined : changes;
}

/** The 0-based line of the `id:` entry of claim `id` in a claims file's text, if found. */
export function claimLineInSidecar(text: string, id: string): number | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\s*(?:-\\s+)?id:\\s*(["']?)${escaped}\\1\\s*(?:#.*)?$`);
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((candidate) => pattern.test(candidate));
  return line < 0 ? undefined : line;
}

// ---- small text helpers ---------------------------------------------------------------------------

/** Whitespace collapsed and cut at `max` characters with an ellipsis (never half a surrogate pair). */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = Math.max(0, max - 1);
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${flat.slice(0, cut).trimEnd()}…`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
