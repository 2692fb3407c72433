// Paints mentions in the visible article editors with the decoration types of the chosen style
// (background or underline), on top of the semantic token colours. Disputed figures get their own
// decoration instead of the figure one, so the two boxes never fight over the same text.
import * as vscode from 'vscode';
import { isEntityType, type Mention } from '../../core/model';
import type { CrosscheckConfig } from '../config';
import { toRange } from '../convert';
import { DECORATION_KINDS, decorationOptions, type DecorationKind } from './decorationStyles';
import { FigureKeys } from './figureKeys';

type DecoratedStyle = 'background' | 'underline';

export class MentionDecorations implements vscode.Disposable {
  private style: DecoratedStyle | undefined;
  private types = new Map<DecorationKind, vscode.TextEditorDecorationType>();

  /** Shows `mentions` in `editor` as the settings say (nothing when off or tokens-only). */
  apply(editor: vscode.TextEditor, mentions: readonly Mention[], disputed: ReadonlySet<string>, config: CrosscheckConfig): void {
    const { enabled, style, types: shown } = config.highlight;
    if (!enabled || style === 'tokens-only') {
      this.clear(editor);
      return;
    }
    this.useStyle(style);
    const ranges = new Map<DecorationKind, vscode.Range[]>(DECORATION_KINDS.map((kind) => [kind, []]));
    const keys = new FigureKeys();
    for (const mention of mentions) {
      const key = mention.kind === 'figure' ? keys.next(mention) : undefined;
      if (!shown[mention.type]) continue;
      const kind: DecorationKind = isEntityType(mention.type) ? mention.type : key !== undefined && disputed.has(key) ? 'disputed' : 'figure';
      ranges.get(kind)!.push(toRange(editor.document, mention));
    }
    for (const [kind, type] of this.types) editor.setDecorations(type, ranges.get(kind) ?? []);
  }

  clear(editor: vscode.TextEditor): void {
    for (const type of this.types.values()) editor.setDecorations(type, []);
  }

  dispose(): void {
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
  }

  /** Disposing a decoration type removes it from every editor, so a style change starts clean. */
  private useStyle(style: DecoratedStyle): void {
    if (this.style === style) return;
    this.dispose();
    this.style = style;
    this.types = new Map(DECORATION_KINDS.map((kind) => [kind, vscode.window.createTextEditorDecorationType(decorationOptions(kind, style))]));
  }
}
