// The Crosscheck log, and a read-only view of what the index holds (for scripts and tests, not
// listed in the command palette).
import * as vscode from 'vscode';
import type { Services } from './services';

export interface WorkspaceInspection {
  readonly sources: string[];
  readonly skipped: { readonly path: string; readonly reason: string }[];
}

export function registerOutputCommands(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.showOutput', () => services.output.show(true)),
    vscode.commands.registerCommand('crosscheck.workspace.inspect', async (): Promise<WorkspaceInspection> => {
      await services.workspace.ready;
      return {
        sources: services.workspace.sourceIds().map((id) => services.workspace.displayName(id)).sort(),
        skipped: services.workspace.skippedFiles().map((skip) => ({ path: vscode.workspace.asRelativePath(skip.uri, false), reason: skip.reason })),
      };
    }),
  );
}
