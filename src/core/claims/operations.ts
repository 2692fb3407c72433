// Changes to a sidecar file expressed as operations, so that they can be replayed on whatever is
// on disk at write time: two editor windows, or a `git pull` between reading and writing, lose
// nothing. Merge rules (see docs/claims-format.md):
// - claims are matched by id; each operation touches only the fields it names;
// - evidence and replies are added and removed item by item, never replaced as a whole list;
// - a claim deleted on disk but changed here is restored from the operation's `snapshot`;
// - a claim changed on disk after this window last saw it is not deleted (edits win over deletes);
// - the same field changed on both sides: the operation applied last wins.

import { createClaimId, type RandomSource } from './ids';
import { equalData, withoutUndefined } from './plainData';
import { compareIds } from './sidecar/parse';
import type { Claim, Evidence, Reply, SidecarFile, TextQuoteSelector } from './types';

/** A claim to add. Without an id, a free one is chosen when the operation is applied. */
export interface NewClaim extends TextQuoteSelector {
  readonly id?: string;
  readonly verdict?: string;
  readonly note?: string;
  readonly evidence?: readonly Evidence[];
  readonly author?: string;
  /** Defaults to the time of the write. */
  readonly created?: string;
  readonly updated?: string;
  readonly resolved?: boolean;
  readonly replies?: readonly Reply[];
}

/** Field changes of a claim; `null` removes an optional field. */
export interface ClaimChanges {
  readonly quote?: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly start?: number | null;
  readonly end?: number | null;
  readonly verdict?: string | null;
  readonly note?: string | null;
  readonly author?: string | null;
  readonly resolved?: boolean;
}

/**
 * `snapshot` (optional) is this window's full copy of the claim: it restores the claim when another
 * writer deleted it meanwhile. Without it the operation is dropped (outcome `notFound`).
 */
export type ClaimOperation =
  | { readonly kind: 'addClaim'; readonly claim: NewClaim }
  /** `touch: false` leaves `updated` alone: for anchor refreshes (new offsets/context), which are not edits of the claim. */
  | { readonly kind: 'updateClaim'; readonly id: string; readonly changes: ClaimChanges; readonly snapshot?: Claim; readonly touch?: boolean }
  | { readonly kind: 'resolveClaim'; readonly id: string; readonly resolved: boolean; readonly snapshot?: Claim }
  /** `lastSeenUpdated`: the claim's `updated` as this window last saw it; when the file has a different one, the claim is kept. */
  | { readonly kind: 'deleteClaim'; readonly id: string; readonly lastSeenUpdated?: string }
  | { readonly kind: 'addReply'; readonly id: string; readonly reply: Reply; readonly snapshot?: Claim }
  /** Removes the reply with the same author, time and body. */
  | { readonly kind: 'deleteReply'; readonly id: string; readonly reply: Reply }
  /** Adds evidence, or replaces the evidence with the same source and quote. */
  | { readonly kind: 'addEvidence'; readonly id: string; readonly evidence: Evidence; readonly snapshot?: Claim }
  | { readonly kind: 'deleteEvidence'; readonly id: string; readonly evidence: Pick<Evidence, 'source' | 'quote'> };

/**
 * - `applied`: done.
 * - `unchanged`: the file already was that way (e.g. the operation was replayed).
 * - `restored`: the claim had been deleted by another writer; it was restored, then changed.
 * - `notFound`: the claim (or reply, evidence) is not there and could not be restored: nothing done.
 * - `keptEdited`: not deleted, because the claim was changed on disk after this window saw it.
 */
export type OperationStatus = 'applied' | 'unchanged' | 'restored' | 'notFound' | 'keptEdited';

/** What became of one operation. */
export interface OperationOutcome {
  readonly operation: ClaimOperation;
  readonly status: OperationStatus;
  /** The claim's id; for `addClaim`, the id it got (which differs from the requested one on a clash). */
  readonly id: string;
}

/** Injected clock and randomness (defaults: the system clock and Math.random). */
export interface ApplyOperationsOptions {
  /** The current time as an ISO 8601 string; defaults to the clock (seconds precision). */
  readonly now?: () => string;
  /** Random source for new ids (tests inject a seeded one). */
  readonly random?: RandomSource;
}

/** The file after the operations, and what each operation did. */
export interface AppliedOperations {
  readonly file: SidecarFile;
  readonly outcomes: readonly OperationOutcome[];
  /** True when at least one operation changed something. */
  readonly changed: boolean;
}

/** Current time as an ISO 8601 string without milliseconds, e.g. "2026-03-12T10:00:00Z". */
export function isoNow(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Applies `operations` in order to `file` (typically just read from disk). Pure: returns new data. */
export function applyOperations(file: SidecarFile, operations: readonly ClaimOperation[], options: ApplyOperationsOptions = {}): AppliedOperations {
  const now = options.now ?? (() => isoNow());
  const claims = new Map(file.claims.map((claim) => [claim.id, claim]));
  const outcomes: OperationOutcome[] = [];
  for (const operation of operations) {
    outcomes.push(applyOne(claims, operation, now(), options.random));
  }
  const sorted = [...claims.values()].sort((a, b) => compareIds(a.id, b.id));
  return {
    file: { ...file, claims: sorted },
    outcomes,
    changed: outcomes.some((outcome) => outcome.status === 'applied' || outcome.status === 'restored'),
  };
}

function applyOne(claims: Map<string, Claim>, operation: ClaimOperation, time: string, random: RandomSource | undefined): OperationOutcome {
  const done = (status: OperationStatus, id: string): OperationOutcome => ({ operation, status, id });
  switch (operation.kind) {
    case 'addClaim': {
      const requested = operation.claim.id;
      const existing = requested === undefined ? undefined : claims.get(requested);
      if (existing && isSameAddition(existing, operation.claim)) return done('unchanged', existing.id);
      const id = requested !== undefined && !existing ? requested : createClaimId((candidate) => claims.has(candidate), random);
      claims.set(id, completeClaim(operation.claim, id, time));
      return done('applied', id);
    }
    case 'deleteClaim': {
      const existing = claims.get(operation.id);
      if (!existing) return done('notFound', operation.id);
      if (operation.lastSeenUpdated !== undefined && existing.updated !== operation.lastSeenUpdated) return done('keptEdited', operation.id);
      claims.delete(operation.id);
      return done('applied', operation.id);
    }
    case 'updateClaim':
      return change(claims, operation, time, (claim) => applyChanges(claim, operation.changes));
    case 'resolveClaim':
      return change(claims, operation, time, (claim) => ({ ...claim, resolved: operation.resolved }));
    case 'addReply':
      return change(claims, operation, time, (claim) => {
        const reply = withoutUndefined({ ...operation.reply, time: operation.reply.time ?? time });
        return claim.replies.some((existing) => sameReply(existing, reply)) ? claim : { ...claim, replies: [...claim.replies, reply] };
      });
    case 'deleteReply':
      return change(claims, operation, time, (claim) => {
        const index = claim.replies.findIndex((existing) => sameReply(existing, operation.reply));
        return index < 0 ? undefined : { ...claim, replies: claim.replies.filter((_, at) => at !== index) };
      });
    case 'addEvidence':
      return change(claims, operation, time, (claim) => {
        const evidence = withoutUndefined(operation.evidence);
        const index = claim.evidence.findIndex((existing) => sameEvidenceKey(existing, evidence));
        const list = index < 0 ? [...claim.evidence, evidence] : claim.evidence.map((existing, at) => (at === index ? evidence : existing));
        return { ...claim, evidence: list };
      });
    case 'deleteEvidence':
      return change(claims, operation, time, (claim) => {
        const index = claim.evidence.findIndex((existing) => sameEvidenceKey(existing, operation.evidence));
        return index < 0 ? undefined : { ...claim, evidence: claim.evidence.filter((_, at) => at !== index) };
      });
  }
}

/**
 * Applies `edit` to claim `id` and stamps `updated`. When another writer deleted the claim, it is
 * restored from `snapshot` first. `edit` returns undefined when its target (reply, evidence) is
 * missing.
 */
function change(claims: Map<string, Claim>, operation: ClaimOperation & { readonly id: string }, time: string, edit: (claim: Claim) => Claim | undefined): OperationOutcome {
  const { id } = operation;
  const snapshot = 'snapshot' in operation ? operation.snapshot : undefined;
  const existing = claims.get(id);
  const base = existing ?? (snapshot && { ...snapshot, id });
  const edited = base && edit(base);
  if (!base || !edited) return { operation, status: 'notFound', id };
  if (existing && equalData(existing, edited)) return { operation, status: 'unchanged', id };
  const touch = !('touch' in operation) || operation.touch !== false;
  claims.set(id, { ...edited, updated: touch ? time : base.updated });
  return { operation, status: existing ? 'applied' : 'restored', id };
}

function applyChanges(claim: Claim, changes: ClaimChanges): Claim {
  const next: Record<string, unknown> = { ...claim };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as unknown as Claim;
}

/** Whether `claim` is what adding `addition` produced (a replayed operation), timestamps aside. */
function isSameAddition(claim: Claim, addition: NewClaim): boolean {
  const added = completeClaim(addition, claim.id, claim.created ?? '');
  return equalData({ ...added, created: claim.created, updated: claim.updated }, claim);
}

function completeClaim(claim: NewClaim, id: string, time: string): Claim {
  const created = claim.created ?? time;
  return withoutUndefined({
    ...claim,
    id,
    evidence: (claim.evidence ?? []).map(withoutUndefined),
    replies: (claim.replies ?? []).map(withoutUndefined),
    resolved: claim.resolved ?? false,
    created,
    updated: claim.updated ?? created,
  });
}

function sameReply(a: Reply, b: Reply): boolean {
  return a.author === b.author && a.time === b.time && a.body === b.body;
}

function sameEvidenceKey(a: Pick<Evidence, 'source' | 'quote'>, b: Pick<Evidence, 'source' | 'quote'>): boolean {
  return a.source === b.source && a.quote === b.quote;
}
