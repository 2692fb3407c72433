// Claim annotations in the editor: sidecar files, comment threads, decorations, hovers,
// diagnostics, the Claims view and the commands that change claims. See docs/claims.md.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { proposeEvidence } from '../../core/claims/adapterSupport';
import { annotateClaim } from './annotate';
import { AuthorResolver } from './author';
import { ClaimDecorations } from './claimDecorations';
import { ClaimDiagnostics } from './claimDiagnostics';
import { ClaimHoverProvider } from './claimHover';
import { ClaimsModel } from './claimsModel';
import { ClaimsTree, registerClaimsTreeCommands } from './claimsTree';
import { ClaimThreads } from './claimThreads';
import { ClaimWriter } from './claimWriter';
import { evidencePickItems } from './prompts';
import { registerThreadCommands } from './threadCommands';

const ARTICLE_DOCUMENTS: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'vscode-remote' }];

export function registerClaims(context: vscode.ExtensionContext, services: Services): void {
  const { workspace, output, config } = services;
  const model = new ClaimsModel(workspace, output);
  const writer = new ClaimWriter(model, output);
  const author = new AuthorResolver(config);
  const threads = new ClaimThreads(model, workspace);
  const tree = new ClaimsTree(context, model, workspace, () => config.current.claims.verdicts);
  context.subscriptions.push(
    model,
    author,
    threads,
    tree,
    new ClaimDecorations(context, model),
    new ClaimDiagnostics(model),
    vscode.languages.registerHoverProvider(ARTICLE_DOCUMENTS, new ClaimHoverProvider(model, workspace)),
    vscode.commands.registerCommand('crosscheck.annotateClaim', (arg?: unknown) =>
      annotateClaim({ services, model, writer, author, revealed: (uri, id) => threads.reveal(uri, id) }, arg)),
    // For tests and troubleshooting: what the threads and the Claims view show (not in the palette).
    vscode.commands.registerCommand('crosscheck.claims.inspect', async (arg?: { proposeFor?: { uri: string; start: number; end: number } }) => {
      await model.ready;
      const propose = arg?.proposeFor;
      if (propose) await workspace.ready;
      return {
        proposals: propose ? evidencePickItems(proposeEvidence(workspace.index, propose.uri, propose)).map(({ label, description, detail, stance }) => ({ label, description, detail, stance })) : undefined,
        articles: model.articles().map((entry) => ({
          article: entry.key,
          state: entry.state.kind,
          problems: entry.state.kind === 'invalid' ? entry.state.problems : [],
          anchorsNeedSaving: entry.anchorsNeedSaving,
          claims: entry.anchors.map(({ claim, start, end, status }) => ({ id: claim.id, verdict: claim.verdict, status, start, end, text: entry.text?.slice(start, end) })),
        })),
        threads: threads.snapshot(),
        tree: tree.snapshot(),
        grouping: tree.grouping,
      };
    }),
  );
  registerThreadCommands(context, { services, model, writer, author, threads });
  registerClaimsTreeCommands(context, tree, model);
  model.start();
}
