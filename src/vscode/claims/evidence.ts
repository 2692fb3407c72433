// Evidence between the editor and the sidecar: a reference to another source is stored relative
// to the claims file's folder (or as a URI when the source lives elsewhere), with the quote and its
// context; to show it, the reference is resolved and the quote found again in the indexed text.
import * as vscode from 'vscode';
import { anchorClaim, createAnchor, isStance, type Claim, type Evidence, type Stance } from '../../core/claims';
import { isUrlReference, relativeReference, resolveReference, type EvidenceProposal, type EvidenceView } from '../../core/claims/adapterSupport';
import { basename, dirname } from '../../core/io/paths';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import { articleText } from './articleText';

/** Evidence as a command argument: a source (URI string or workspace-relative path) and a quote or offsets. */
export interface EvidenceArg {
  readonly sourceId?: string;
  readonly file?: string;
  readonly quote?: string;
  readonly start?: number;
  readonly end?: number;
  readonly stance?: string;
  readonly note?: string;
}

/** What an evidence `source` in the claims file at `sidecarUri` says for `target`. */
export function referenceTo(sidecarUri: vscode.Uri, target: vscode.Uri): string {
  if (target.scheme !== sidecarUri.scheme || target.authority !== sidecarUri.authority) return target.toString();
  return relativeReference(dirname(sidecarUri.path), target.path);
}

/** The URI an evidence `source` refers to (URLs are parsed as they are). */
export function resolveEvidenceUri(sidecarUri: vscode.Uri, reference: string): vscode.Uri | undefined {
  if (isUrlReference(reference)) {
    try {
      return vscode.Uri.parse(reference, true);
    } catch {
      return undefined;
    }
  }
  const path = resolveReference(dirname(sidecarUri.path), reference);
  return path === undefined ? undefined : sidecarUri.with({ path });
}

/** Evidence from a proposal of the cross-reference index (the quote is the whole sentence). */
export function evidenceFromProposal(workspace: ArticleWorkspace, sidecarUri: vscode.Uri, proposal: EvidenceProposal, stance: Stance): Evidence {
  const text = workspace.text(proposal.sourceId);
  const anchor = text !== undefined && text.slice(proposal.start, proposal.end) === proposal.quote
    ? createAnchor(text, proposal.start, proposal.end)
    : { quote: proposal.quote, prefix: '', suffix: '' };
  return { source: referenceTo(sidecarUri, workspace.uriOf(proposal.sourceId)), ...anchor, stance };
}

/**
 * Evidence from a command argument. Throws an Error with a message for the user when the source
 * cannot be read, the quote is not in it, or the offsets do not fit.
 */
export async function evidenceFromArg(workspace: ArticleWorkspace, sidecarUri: vscode.Uri, arg: EvidenceArg): Promise<Evidence> {
  const uri = arg.sourceId ? workspace.uriOf(arg.sourceId)
    : arg.file ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? sidecarUri.with({ path: dirname(sidecarUri.path) }), arg.file)
    : undefined;
  if (!uri) throw new Error('evidence needs a sourceId or a file');
  const text = await articleText(workspace, uri);
  if (text === undefined) throw new Error(`evidence source ${vscode.workspace.asRelativePath(uri)} cannot be read`);
  let start = arg.start;
  let end = arg.end;
  if (start === undefined || end === undefined) {
    if (!arg.quote) throw new Error('evidence needs a quote or start and end offsets');
    start = text.indexOf(arg.quote);
    if (start < 0) throw new Error(`"${arg.quote}" is not in ${vscode.workspace.asRelativePath(uri)}`);
    end = start + arg.quote.length;
  }
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new Error(`evidence offsets ${start}-${end} do not fit ${vscode.workspace.asRelativePath(uri)}`);
  }
  const stance = arg.stance === undefined ? undefined : isStance(arg.stance) ? arg.stance : undefined;
  if (arg.stance !== undefined && stance === undefined) throw new Error(`unknown stance "${arg.stance}" (supports, contradicts or context)`);
  return {
    source: referenceTo(sidecarUri, uri),
    ...createAnchor(text, start, end),
    ...(stance ? { stance } : {}),
    ...(arg.note ? { note: arg.note } : {}),
  };
}

/** Each piece of evidence of a claim with its source's title and where its quote is now (if found). */
export function evidenceViews(workspace: ArticleWorkspace, sidecarUri: vscode.Uri, claim: Claim): EvidenceView[] {
  return claim.evidence.map((evidence) => {
    const uri = resolveEvidenceUri(sidecarUri, evidence.source);
    const sourceId = uri && workspace.sourceId(uri);
    const title = (sourceId && workspace.index.source(sourceId)?.title) || (uri ? basename(uri.path) : evidence.source) || evidence.source;
    const text = sourceId === undefined ? undefined : workspace.text(sourceId);
    if (sourceId === undefined || text === undefined) return { evidence, title };
    const found = anchorClaim(text, evidence);
    return found.status === 'orphaned' ? { evidence, title } : { evidence, title, location: { sourceId, start: found.start, end: found.end } };
  });
}
