// The commands hover cards and the Entities view link to: open a source at a sentence, show every
// mention of an entity, re-index. Arguments are validated: links in hovers carry JSON arguments.
import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import { rangeInText, toRange } from '../convert';
import type { Services } from '../services';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import { entityLocations } from './navigationProviders';

export interface OpenSourceTarget extends Span {
  readonly sourceId: string;
}

export function registerCrossReferenceCommands(context: vscode.ExtensionContext, services: Services): void {
  const { workspace } = services;
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.openSource', (...args: unknown[]) => {
      const target = parseOpenSourceArgs(args);
      if (!target) return showBadArguments(services, 'crosscheck.openSource', args);
      return openSource(workspace, target);
    }),
    vscode.commands.registerCommand('crosscheck.showAllMentions', (...args: unknown[]) => {
      const entityId = parseEntityArg(args[0]);
      if (!entityId) return showBadArguments(services, 'crosscheck.showAllMentions', args);
      return showAllMentions(workspace, entityId);
    }),
    vscode.commands.registerCommand('crosscheck.reindex', () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Crosscheck: re-indexing articles' }, () => workspace.startScan()),
    ),
  );
}

/** Accepts `{ sourceId, start, end }` (hover links) or `(sourceId | Uri, start, end)`. */
export function parseOpenSourceArgs(args: readonly unknown[]): OpenSourceTarget | undefined {
  const [first, second, third] = args;
  if (first && typeof first === 'object' && !(first instanceof vscode.Uri)) {
    const { sourceId, start, end } = first as Record<string, unknown>;
    return validTarget(sourceId, start, end);
  }
  return validTarget(first instanceof vscode.Uri ? first.toString() : first, second ?? 0, third ?? second ?? 0);
}

function validTarget(sourceId: unknown, start: unknown, end: unknown): OpenSourceTarget | undefined {
  if (typeof sourceId !== 'string' || sourceId === '' || typeof start !== 'number' || typeof end !== 'number') return undefined;
  if (!Number.isFinite(start) || !Number.isFinite(end) || start < 0 || end < start) return undefined;
  return { sourceId, start, end };
}

function parseEntityArg(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg !== '') return arg;
  if (arg && typeof arg === 'object') {
    const { entityId } = arg as Record<string, unknown>;
    if (typeof entityId === 'string' && entityId !== '') return entityId;
  }
  return undefined;
}

/** A source id is a URI string; a bare path (no scheme) is taken relative to the first workspace folder. */
function uriOfSource(workspace: ArticleWorkspace, sourceId: string): vscode.Uri | undefined {
  if (/^[a-z][a-z0-9+.-]+:/i.test(sourceId)) return workspace.uriOf(sourceId);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, sourceId);
}

/** Opens a source (whether or not an editor has it open) and selects the span. */
export async function openSource(workspace: ArticleWorkspace, target: OpenSourceTarget): Promise<vscode.TextEditor | undefined> {
  const uri = uriOfSource(workspace, target.sourceId);
  if (!uri) return undefined;
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch (error) {
    void vscode.window.showErrorMessage(`Crosscheck cannot open ${workspace.displayName(uri.toString())}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  // Offsets refer to the indexed text; it differs from the document only while an edit is pending.
  const indexed = workspace.text(workspace.sourceId(uri));
  const text = document.getText();
  const stale = indexed !== undefined && indexed !== text ? indexed : undefined;
  const length = (stale ?? text).length;
  const span = { start: Math.min(target.start, length), end: Math.min(target.end, length) };
  const range = stale !== undefined ? rangeInText(stale, span) : toRange(document, span);
  const editor = await vscode.window.showTextDocument(document, { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * Shows every mention of an entity in the references peek, anchored at its mention nearest the
 * cursor of the active article (or its first mention). Returns the locations shown.
 */
export async function showAllMentions(workspace: ArticleWorkspace, entityId: string): Promise<vscode.Location[]> {
  const locations = entityLocations(workspace, entityId);
  if (locations.length === 0) {
    void vscode.window.showInformationMessage(`Crosscheck: no article mentions ${workspace.index.entity(entityId)?.name ?? entityId} any more.`);
    return locations;
  }
  const anchor = anchorFor(locations, vscode.window.activeTextEditor) ?? locations[0];
  await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.range.start, locations);
  return locations;
}

function anchorFor(locations: readonly vscode.Location[], editor: vscode.TextEditor | undefined): vscode.Location | undefined {
  if (!editor) return undefined;
  const here = editor.document.uri.toString();
  const cursor = editor.selection.active;
  let best: vscode.Location | undefined;
  let bestDistance = Infinity;
  for (const location of locations) {
    if (location.uri.toString() !== here) continue;
    const distance = Math.abs(location.range.start.line - cursor.line) * 10000 + Math.abs(location.range.start.character - cursor.character);
    if (distance < bestDistance) {
      best = location;
      bestDistance = distance;
    }
  }
  return best;
}

function showBadArguments(services: Services, command: string, args: readonly unknown[]): undefined {
  services.output.warn(`${command} called with arguments it cannot use: ${safeJson(args)}`);
  return undefined;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}
