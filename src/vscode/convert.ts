// The only place that converts between core offsets (UTF-16 string indices) and VS Code types.
import * as vscode from 'vscode';
import type { Span } from '../core/model';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** Converts offsets in a text that is not open as a document (e.g. another source read from disk). */
export function positionInText(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return new vscode.Position(line, offset - lineStart);
}

export function rangeInText(text: string, span: Span): vscode.Range {
  return new vscode.Range(positionInText(text, span.start), positionInText(text, span.end));
}
