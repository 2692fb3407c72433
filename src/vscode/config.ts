// Crosscheck's settings, read once into an immutable snapshot and re-read on change
// (the pattern of VS Code's merge-conflict extension), so features never poke at the API.
import * as vscode from 'vscode';
import { MENTION_TYPES, type MentionType } from '../core/model';
import { DEFAULT_SOURCE_PATTERNS } from '../core/sources/globs';

export type HighlightStyle = 'background' | 'underline' | 'tokens-only';

export interface CrosscheckConfig {
  readonly sources: readonly string[];
  readonly highlight: {
    readonly enabled: boolean;
    readonly types: Readonly<Record<MentionType, boolean>>;
    readonly style: HighlightStyle;
  };
  /** Files larger than this many bytes are neither indexed nor highlighted unless enabled per file. */
  readonly maxFileSize: number;
  readonly hover: { readonly maxSources: number };
  readonly diagnostics: { readonly disagreements: boolean };
  readonly claims: { readonly verdicts: readonly string[] };
  readonly author: string;
}

export const DEFAULT_VERDICTS = ['unverified', 'supported', 'disputed', 'false', 'opinion'] as const;

export function readConfig(): CrosscheckConfig {
  const config = vscode.workspace.getConfiguration('crosscheck');
  const typeSettings = config.get<Record<string, boolean>>('highlight.types') ?? {};
  const types = Object.fromEntries(MENTION_TYPES.map((type) => [type, typeSettings[type] !== false])) as Record<MentionType, boolean>;
  const style = config.get<string>('highlight.style');
  const verdicts = (config.get<string[]>('claims.verdicts') ?? []).filter((v) => typeof v === 'string' && v.trim() !== '');
  return {
    sources: config.get<string[]>('sources') ?? [...DEFAULT_SOURCE_PATTERNS],
    highlight: {
      enabled: config.get<boolean>('highlight.enabled') ?? true,
      types,
      style: style === 'underline' || style === 'tokens-only' ? style : 'background',
    },
    maxFileSize: Math.max(0, config.get<number>('maxFileSize') ?? 2 * 1024 * 1024),
    hover: { maxSources: Math.max(1, Math.min(50, config.get<number>('hover.maxSources') ?? 5)) },
    diagnostics: { disagreements: config.get<boolean>('diagnostics.disagreements') ?? true },
    claims: { verdicts: verdicts.length > 0 ? verdicts : [...DEFAULT_VERDICTS] },
    author: (config.get<string>('author') ?? '').trim(),
  };
}

/** Holds the current snapshot and tells listeners when any crosscheck.* setting changes. */
export class ConfigService implements vscode.Disposable {
  private snapshot = readConfig();
  private readonly changed = new vscode.EventEmitter<CrosscheckConfig>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('crosscheck')) return;
      this.snapshot = readConfig();
      this.changed.fire(this.snapshot);
    });
  }

  get current(): CrosscheckConfig {
    return this.snapshot;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
