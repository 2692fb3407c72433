// Where spans of indexed sources are in the editor. Offsets from the index refer to the text the
// index holds, so ranges are computed on that text; the source need not be open in an editor. When
// it is open with the same text, its document converts faster (VS Code keeps its line table).
import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import { rangeInText, toRange } from '../convert';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';

type SpanToRange = (span: Span) => vscode.Range;

/** Converts spans of many sources; create one per request (it caches each source's converter). */
export class SpanLocator {
  private readonly converters = new Map<string, SpanToRange | undefined>();

  constructor(private readonly workspace: ArticleWorkspace) {}

  range(sourceId: string, span: Span): vscode.Range | undefined {
    let converter = this.converters.get(sourceId);
    if (!this.converters.has(sourceId)) {
      converter = this.converterFor(sourceId);
      this.converters.set(sourceId, converter);
    }
    return converter?.(span);
  }

  location(sourceId: string, span: Span): vscode.Location | undefined {
    const range = this.range(sourceId, span);
    return range && new vscode.Location(this.workspace.uriOf(sourceId), range);
  }

  private converterFor(sourceId: string): SpanToRange | undefined {
    const text = this.workspace.text(sourceId);
    if (text === undefined) return undefined;
    const clampSpan = (span: Span): Span => {
      const start = clamp(span.start, text.length);
      return { start, end: Math.max(start, clamp(span.end, text.length)) };
    };
    const open = vscode.workspace.textDocuments.find((document) => this.workspace.sourceId(document.uri) === sourceId);
    if (open && open.getText() === text) return (span) => toRange(open, clampSpan(span));
    return (span) => rangeInText(text, clampSpan(span));
  }
}

function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.max(0, Math.min(length, Math.floor(offset))) : 0;
}
