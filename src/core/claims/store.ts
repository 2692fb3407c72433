// Reads and writes the claims sidecar of an article through a FileStore. Every write re-reads the
// file and replays the operations on it (see operations.ts), and never overwrites a file that does
// not parse.

import type { FileProblem } from '../model';
import { FileNotFoundError, type FileStore } from '../io/fileStore';
import { basename } from '../io/paths';
import type { RandomSource } from './ids';
import { applyOperations, type ClaimOperation, type OperationOutcome } from './operations';
import { sidecarPathFor } from './paths';
import { MAX_SIDECAR_LENGTH, parseSidecar } from './sidecar/parse';
import { serializeSidecar } from './sidecar/write';
import type { SidecarFile } from './types';

/** Thrown by {@link ClaimStore.apply} when the file on disk is not a valid claims file. */
export class SidecarInvalidError extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly FileProblem[],
  ) {
    const first = problems[0];
    const where = first ? `; line ${first.line + 1}: ${first.message}` : '';
    super(`${path} is not a valid claims file, so it was not changed (${problems.length} problem(s)${where})`);
    this.name = 'SidecarInvalidError';
  }
}

/**
 * Thrown by {@link ClaimStore.apply} when the operations would produce a file that does not
 * validate (e.g. an empty quote): nothing is written.
 */
export class InvalidClaimDataError extends Error {
  constructor(readonly problems: readonly FileProblem[]) {
    super(`The changes would make an invalid claims file, so nothing was written: ${problems[0]?.message ?? 'unknown problem'}`);
    this.name = 'InvalidClaimDataError';
  }
}

/** The claims of an article, or the problems that make its sidecar unreadable. */
export type SidecarLoadResult =
  | {
    readonly ok: true;
    readonly path: string;
    /** False when there is no sidecar yet (`file` is then empty). */
    readonly exists: boolean;
    readonly file: SidecarFile;
    readonly warnings: readonly FileProblem[];
  }
  | { readonly ok: false; readonly path: string; readonly problems: readonly FileProblem[] };

/** Options of {@link ClaimStore.apply}. */
export interface ApplyOptions {
  /**
   * What to do when the operations leave no claim in an existing file. false (default): change
   * nothing and report `wouldDeleteFile`, so the editor can ask the user first, then apply the
   * same operations again with true, which deletes the file.
   */
  readonly deleteIfEmpty?: boolean;
}

/**
 * - `written`: the file was created or rewritten.
 * - `unchanged`: nothing to write (the operations changed nothing).
 * - `deleted`: the last claim was removed and the file deleted (deleteIfEmpty).
 * - `wouldDeleteFile`: the last claim would be removed; nothing was written (see ApplyOptions).
 */
export type ApplyAction = 'written' | 'unchanged' | 'deleted' | 'wouldDeleteFile';

/** What {@link ClaimStore.apply} did. */
export interface ApplyResult {
  readonly path: string;
  readonly action: ApplyAction;
  /** The claims after the operations (on disk unless the action is `wouldDeleteFile`). */
  readonly file: SidecarFile;
  /** One outcome per operation, in order. */
  readonly outcomes: readonly OperationOutcome[];
  /** Warnings about the file as it was on disk before the write. */
  readonly warnings: readonly FileProblem[];
}

/** Injected clock and randomness, for tests. */
export interface ClaimStoreOptions {
  /** Random source for new claim ids (tests inject a seeded one). */
  readonly random?: RandomSource;
  /** Current time as an ISO 8601 string (tests inject a fixed one). */
  readonly now?: () => string;
}

interface ReadSidecar {
  readonly exists: boolean;
  readonly text: string;
  readonly parsed: ReturnType<typeof parseSidecar>;
}

/**
 * The claims of articles, kept in `<article>.claims.yaml` beside each article. Writes of one store
 * to the same file are queued, so that they never interleave.
 */
export class ClaimStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly files: FileStore,
    private readonly options: ClaimStoreOptions = {},
  ) {}

  /** Reads the claims of an article. A missing sidecar gives an empty file with `exists: false`. */
  async load(articlePath: string): Promise<SidecarLoadResult> {
    const path = sidecarPathFor(articlePath);
    const { exists, parsed } = await this.read(path);
    if (!parsed.ok) return { ok: false, path, problems: parsed.problems };
    return { ok: true, path, exists, file: parsed.file, warnings: parsed.warnings };
  }

  /**
   * Re-reads the sidecar, applies `operations` to what is on disk now, and writes the result
   * atomically (keeping comments and unknown keys). Throws {@link SidecarInvalidError} without
   * touching the file when it does not parse or validate.
   */
  apply(articlePath: string, operations: readonly ClaimOperation[], options: ApplyOptions = {}): Promise<ApplyResult> {
    const path = sidecarPathFor(articlePath);
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.applyNow(articlePath, path, operations, options));
    this.queues.set(path, next);
    void next.finally(() => {
      if (this.queues.get(path) === next) this.queues.delete(path);
    }).catch(() => undefined);
    return next;
  }

  private async applyNow(articlePath: string, path: string, operations: readonly ClaimOperation[], options: ApplyOptions): Promise<ApplyResult> {
    const { exists, text, parsed } = await this.read(path);
    if (!parsed.ok) throw new SidecarInvalidError(path, parsed.problems);
    const applied = applyOperations(parsed.file, operations, { now: this.options.now, random: this.options.random });
    const result = (action: ApplyAction, file: SidecarFile = applied.file): ApplyResult =>
      ({ path, action, file, outcomes: applied.outcomes, warnings: parsed.warnings });

    if (!applied.changed) return result('unchanged', parsed.file);
    if (applied.file.claims.length === 0) {
      if (!exists) return result('unchanged');
      if (!options.deleteIfEmpty) return result('wouldDeleteFile', parsed.file);
      await this.files.deleteFile(path);
      return result('deleted');
    }
    const file: SidecarFile = { ...applied.file, source: basename(articlePath) };
    const written = serializeSidecar(file, parsed.document);
    if (written === text) return result('unchanged', file);
    // Never write what could not be read back.
    const check = parseSidecar(written);
    if (!check.ok) throw new InvalidClaimDataError(check.problems);
    await this.files.writeFile(path, new TextEncoder().encode(written));
    return result('written', file);
  }

  private async read(path: string): Promise<ReadSidecar> {
    let data: Uint8Array;
    try {
      data = await this.files.readFile(path);
    } catch (error) {
      if (error instanceof FileNotFoundError) return { exists: false, text: '', parsed: parseSidecar('') };
      throw error;
    }
    const fail = (message: string): ReadSidecar =>
      ({ exists: true, text: '', parsed: { ok: false, problems: [{ message, line: 0, column: 0, severity: 'error' }] } });
    if (data.byteLength > MAX_SIDECAR_LENGTH) return fail(`The claims file is too large (${data.byteLength} bytes, at most ${MAX_SIDECAR_LENGTH})`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      return fail('The claims file is not valid UTF-8 text');
    }
    return { exists: true, text, parsed: parseSidecar(text) };
  }
}
