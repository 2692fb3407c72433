// Every user action that changes a sidecar goes through here: Workspace Trust, the confirmation
// before a sidecar loses its last claim, and clear messages when a write is refused.
import * as vscode from 'vscode';
import { InvalidClaimDataError, SidecarInvalidError, type ApplyResult, type ClaimOperation } from '../../core/claims';
import type { FileProblem } from '../../core/model';
import { messageOf, type ClaimsModel } from './claimsModel';

export interface WriteOptions {
  /** Answer to "delete the claims file?" when the last claim goes; undefined asks the user. */
  readonly confirmDeleteFile?: boolean;
}

export class ClaimWriter {
  constructor(
    private readonly model: ClaimsModel,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** False (after telling the user why) when the workspace is not trusted. */
  canWrite(what: string): boolean {
    if (vscode.workspace.isTrusted) return true;
    void vscode.window.showWarningMessage(
      `Crosscheck cannot ${what}: this workspace is not trusted, so Crosscheck does not write claims files. Claims are shown read-only.`,
      'Manage Workspace Trust',
    ).then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
    return false;
  }

  /**
   * Applies `operations` to the article's sidecar. `what` completes "Crosscheck cannot …" in
   * messages ("add the claim"). Returns undefined when nothing was written (refused or declined).
   */
  async apply(articleUri: vscode.Uri, operations: readonly ClaimOperation[], what: string, options: WriteOptions = {}): Promise<ApplyResult | undefined> {
    if (!this.canWrite(what)) return undefined;
    try {
      let result = await this.model.write(articleUri, operations);
      if (result.action === 'wouldDeleteFile') {
        const name = vscode.workspace.asRelativePath(articleUri.with({ path: result.path }), false);
        const confirmed = options.confirmDeleteFile ?? (await vscode.window.showWarningMessage(
          `This is the last claim of the article: ${name} will be deleted.`,
          { modal: true },
          'Delete',
        )) === 'Delete';
        if (!confirmed) return undefined;
        result = await this.model.write(articleUri, operations, { deleteIfEmpty: true });
      }
      this.reportOutcomes(result);
      return result;
    } catch (error) {
      if (error instanceof SidecarInvalidError) {
        void explainInvalidSidecar(articleUri.with({ path: error.path }), error.problems, what);
      } else if (error instanceof InvalidClaimDataError) {
        void vscode.window.showErrorMessage(`Crosscheck cannot ${what}: ${error.message}`);
      } else {
        this.output.error(`Writing claims of ${articleUri.toString()} failed: ${messageOf(error)}`);
        void vscode.window.showErrorMessage(`Crosscheck cannot ${what}: ${messageOf(error)}`);
      }
      return undefined;
    }
  }

  private reportOutcomes(result: ApplyResult): void {
    for (const outcome of result.outcomes) {
      if (outcome.status === 'notFound') {
        void vscode.window.showInformationMessage('Crosscheck: that claim (or reply) is no longer in the claims file; someone removed it meanwhile.');
      } else if (outcome.status === 'keptEdited') {
        void vscode.window.showInformationMessage('Crosscheck: the claim was not deleted because someone changed it since you last saw it. Look at it again and delete it if you still want to.');
      } else if (outcome.status === 'restored') {
        void vscode.window.showInformationMessage('Crosscheck: someone had deleted this claim meanwhile; it was restored with your change.');
      }
    }
  }
}

/** Tells the user why a sidecar is refused and offers to open it at its first problem. */
export async function explainInvalidSidecar(sidecarUri: vscode.Uri, problems: readonly FileProblem[], what: string): Promise<void> {
  const name = vscode.workspace.asRelativePath(sidecarUri, false);
  const first = problems.find((problem) => problem.severity === 'error') ?? problems[0];
  const where = first ? ` (line ${first.line + 1}: ${first.message})` : '';
  const count = problems.filter((problem) => problem.severity === 'error').length;
  const choice = await vscode.window.showErrorMessage(
    `Crosscheck cannot ${what}: its claims file ${name} is not valid${where}${count > 1 ? ` and ${count - 1} more problem(s)` : ''}. Crosscheck never overwrites such a file; fix it first.`,
    'Open Claims File',
  );
  if (choice !== 'Open Claims File') return;
  const position = new vscode.Position(first?.line ?? 0, first?.column ?? 0);
  await vscode.window.showTextDocument(sidecarUri, { selection: new vscode.Range(position, position) });
}
