// Annotated spans in article editors: a faint background, a bottom border, the verdict's gutter icon
// and an overview ruler mark in the verdict's colour (crosscheck.claim<Verdict>). Verdicts added in settings look
// like "unverified". Orphaned claims are not drawn: they have no text.
import * as vscode from 'vscode';
import { toRange } from '../convert';
import { openDocument } from './articleText';
import type { ClaimsModel } from './claimsModel';

/** Verdicts with their own icon (media/verdict-<verdict>.svg) and colour. */
export const STYLED_VERDICTS = ['unverified', 'supported', 'disputed', 'false', 'opinion'] as const;
export type StyledVerdict = (typeof STYLED_VERDICTS)[number];

export function verdictStyle(verdict: string | undefined): StyledVerdict {
  const key = (verdict ?? '').toLowerCase();
  return (STYLED_VERDICTS as readonly string[]).includes(key) ? (key as StyledVerdict) : 'unverified';
}

export function verdictIcon(context: vscode.ExtensionContext, verdict: string | undefined): vscode.Uri {
  return vscode.Uri.joinPath(context.extensionUri, 'media', `verdict-${verdictStyle(verdict)}.svg`);
}

function verdictColor(verdict: StyledVerdict): vscode.ThemeColor {
  return new vscode.ThemeColor(`crosscheck.claim${verdict[0].toUpperCase()}${verdict.slice(1)}`);
}

export class ClaimDecorations implements vscode.Disposable {
  private readonly types: ReadonlyMap<StyledVerdict, vscode.TextEditorDecorationType>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    context: vscode.ExtensionContext,
    private readonly model: ClaimsModel,
  ) {
    this.types = new Map(STYLED_VERDICTS.map((verdict) => [verdict, vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('crosscheck.claimBackground'),
      // A bottom border, not an underline or outline: entities use underlines and figures
      // outlines, and a border combines with both.
      borderColor: verdictColor(verdict),
      borderStyle: 'none none solid none',
      borderWidth: '0 0 2px 0',
      gutterIconPath: verdictIcon(context, verdict),
      gutterIconSize: 'contain',
      overviewRulerColor: verdictColor(verdict),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    })]));
    this.disposables.push(
      ...this.types.values(),
      model.onDidChange((entry) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === entry.key) this.paint(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.paint(editor))),
    );
    vscode.window.visibleTextEditors.forEach((editor) => this.paint(editor));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private paint(editor: vscode.TextEditor): void {
    const entry = this.model.get(editor.document.uri);
    const byStyle = new Map<StyledVerdict, vscode.Range[]>(STYLED_VERDICTS.map((verdict) => [verdict, []]));
    const document = openDocument(editor.document.uri) ?? editor.document;
    // Only when the model has placed the claims in this very text (it fires again when it has).
    const current = entry && (entry.documentVersion === document.version || entry.text === document.getText());
    if (entry && !current) return;
    for (const anchored of entry?.anchors ?? []) {
      if (anchored.status === 'orphaned') continue;
      byStyle.get(verdictStyle(anchored.claim.verdict))!.push(toRange(document, anchored));
    }
    for (const [verdict, ranges] of byStyle) editor.setDecorations(this.types.get(verdict)!, ranges);
  }
}
