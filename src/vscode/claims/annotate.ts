// Crosscheck: Annotate Claim. From the editor context menu, the keybinding or the palette it asks
// for a verdict, a note and evidence; called with an options object it skips the questions:
//   executeCommand('crosscheck.annotateClaim', { verdict, note, evidence?: [{ sourceId | file, quote | start, end, stance }], range?, uri? })
// Returns the new claim's id, or undefined when nothing was written.
import * as vscode from 'vscode';
import { claimAt, type Evidence } from '../../core/claims';
import { proposeEvidence } from '../../core/claims/adapterSupport';
import type { Span } from '../../core/model';
import { toSpan } from '../convert';
import type { Services } from '../services';
import type { AuthorResolver } from './author';
import { messageOf, type ClaimsModel } from './claimsModel';
import { explainInvalidSidecar, type ClaimWriter } from './claimWriter';
import { evidenceFromArg, evidenceFromProposal, type EvidenceArg } from './evidence';
import { inputNote, pickEvidence, pickVerdict } from './prompts';

export interface AnnotateOptions {
  readonly uri?: vscode.Uri | string;
  /** A vscode.Range, or UTF-16 offsets in the article. Default: the editor's selection. */
  readonly range?: vscode.Range | Span;
  readonly verdict?: string;
  readonly note?: string;
  /** Evidence to attach; when `verdict` is given and this is absent, none is attached. */
  readonly evidence?: readonly EvidenceArg[];
}

export interface AnnotateDependencies {
  readonly services: Services;
  readonly model: ClaimsModel;
  readonly writer: ClaimWriter;
  readonly author: AuthorResolver;
  /** Called with the new claim so its thread can be opened. */
  readonly revealed: (articleUri: vscode.Uri, claimId: string) => void;
}

export async function annotateClaim(deps: AnnotateDependencies, arg: unknown): Promise<string | undefined> {
  const { services, model, writer } = deps;
  const { workspace, config } = services;
  const options = parseOptions(arg);
  if (!writer.canWrite('annotate claims')) return undefined;

  const target = await targetOf(options);
  if (!target) {
    void vscode.window.showInformationMessage('Crosscheck: open an article and select the text of the claim first.');
    return undefined;
  }
  const { document } = target;
  if (!workspace.isSource(document.uri)) {
    void vscode.window.showInformationMessage(`Crosscheck annotates article files (see the setting crosscheck.sources); ${vscode.workspace.asRelativePath(document.uri)} is not one.`);
    return undefined;
  }
  const span = trimmed(document.getText(), target.span);
  if (span.end <= span.start || span.end > document.getText().length) {
    void vscode.window.showInformationMessage('Crosscheck: select the text of the claim first.');
    return undefined;
  }

  // Read the sidecar now: a file that does not validate is refused before any question is asked.
  const entry = await model.reload(document.uri);
  if (entry.state.kind === 'invalid') {
    void explainInvalidSidecar(entry.sidecarUri, entry.state.problems, `annotate ${vscode.workspace.asRelativePath(document.uri)}`);
    return undefined;
  }
  if (entry.state.kind === 'unreadable') {
    void vscode.window.showErrorMessage(`Crosscheck cannot annotate ${vscode.workspace.asRelativePath(document.uri)}: its claims file cannot be read (${entry.state.message}).`);
    return undefined;
  }

  // The anchor is taken from the text as it is now; edits made while the questions are open do
  // not matter: the quote and its context find the claim again.
  const text = document.getText();
  const interactive = options.verdict === undefined;
  const verdict = options.verdict ?? (await pickVerdict(config.current.claims.verdicts));
  if (verdict === undefined) return undefined;
  const note = options.note ?? (interactive ? await inputNote() : '');
  if (note === undefined) return undefined;

  let evidence: Evidence[];
  try {
    evidence = options.evidence
      ? await Promise.all(options.evidence.map((item) => evidenceFromArg(workspace, entry.sidecarUri, item)))
      : interactive ? (await askEvidence(deps, document, span, entry.sidecarUri)) ?? [] : [];
  } catch (error) {
    void vscode.window.showErrorMessage(`Crosscheck cannot attach the evidence: ${messageOf(error)}`);
    return undefined;
  }

  const author = await deps.author.author();
  const claim = claimAt(text, span.start, span.end, {
    verdict,
    ...(note.trim() ? { note: note.trim() } : {}),
    ...(evidence.length ? { evidence } : {}),
    author,
  });
  const result = await writer.apply(document.uri, [{ kind: 'addClaim', claim }], `annotate ${vscode.workspace.asRelativePath(document.uri)}`);
  const id = result?.outcomes[0]?.id;
  if (!id) return undefined;
  deps.revealed(document.uri, id);
  vscode.window.setStatusBarMessage(`$(comment-discussion) Claim saved to ${vscode.workspace.asRelativePath(entry.sidecarUri)}`, 4000);
  return id;
}

/** The evidence pick, or [] when the index proposes nothing; undefined when the user cancelled. */
async function askEvidence(deps: AnnotateDependencies, document: vscode.TextDocument, span: Span, sidecarUri: vscode.Uri): Promise<Evidence[] | undefined> {
  const { workspace } = deps.services;
  await workspace.ready;
  workspace.mentionsFor(document); // brings the index up to date with unsaved edits
  const proposals = proposeEvidence(workspace.index, workspace.sourceId(document.uri), span);
  if (proposals.length === 0) return [];
  const picked = await pickEvidence(proposals);
  return picked?.map(({ proposal, stance }) => evidenceFromProposal(workspace, sidecarUri, proposal, stance));
}

function parseOptions(arg: unknown): AnnotateOptions {
  // Menus pass the editor's resource URI; keybindings and the palette pass nothing.
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (!arg || typeof arg !== 'object') return {};
  const raw = arg as Record<string, unknown>;
  return {
    uri: raw.uri instanceof vscode.Uri || typeof raw.uri === 'string' ? raw.uri : undefined,
    range: raw.range instanceof vscode.Range || isSpan(raw.range) ? raw.range : undefined,
    verdict: typeof raw.verdict === 'string' && raw.verdict.trim() !== '' ? raw.verdict.trim() : undefined,
    note: typeof raw.note === 'string' ? raw.note : undefined,
    evidence: Array.isArray(raw.evidence) ? raw.evidence.filter((item): item is EvidenceArg => Boolean(item) && typeof item === 'object') : undefined,
  };
}

/** The span without the blank space a selection often takes along at its ends. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function isSpan(value: unknown): value is Span {
  return Boolean(value) && typeof value === 'object' && Number.isInteger((value as Span).start) && Number.isInteger((value as Span).end);
}

async function targetOf(options: AnnotateOptions): Promise<{ document: vscode.TextDocument; span: Span } | undefined> {
  const editor = vscode.window.activeTextEditor;
  let document = editor?.document;
  if (options.uri !== undefined) {
    const uri = typeof options.uri === 'string' ? vscode.Uri.parse(options.uri) : options.uri;
    if (document?.uri.toString() !== uri.toString()) document = await vscode.workspace.openTextDocument(uri);
  }
  if (!document) return undefined;
  const range = options.range ?? (editor?.document === document ? editor.selection : undefined);
  if (!range) return undefined;
  return { document, span: range instanceof vscode.Range ? toSpan(document, range) : range };
}
