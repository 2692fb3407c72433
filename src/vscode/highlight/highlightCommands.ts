// Commands of the highlighting feature: toggle highlighting, and highlight one oversized file.
import * as vscode from 'vscode';
import type { Services } from '../services';

export function registerHighlightCommands(services: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('crosscheck.toggleHighlights', () => toggleHighlights(services)),
    vscode.commands.registerCommand('crosscheck.highlightLargeFile', (uri?: vscode.Uri) => highlightLargeFile(services, uri)),
  ];
}

/** Flips crosscheck.highlight.enabled where it is set: the workspace when it overrides the user setting. */
async function toggleHighlights(services: Services): Promise<boolean> {
  const configuration = vscode.workspace.getConfiguration('crosscheck');
  const inspected = configuration.inspect<boolean>('highlight.enabled');
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const enabled = !services.config.current.highlight.enabled;
  await configuration.update('highlight.enabled', enabled, target);
  return enabled;
}

async function highlightLargeFile(services: Services, uri?: vscode.Uri): Promise<boolean> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) return false;
  const skipped = services.workspace.skipReason(target);
  if (!skipped?.oversized) {
    void vscode.window.showInformationMessage(`Crosscheck already highlights ${vscode.workspace.asRelativePath(target)}.`);
    return false;
  }
  services.output.info(`Highlighting ${vscode.workspace.asRelativePath(target)} although it is ${skipped.reason}.`);
  services.workspace.allowLargeFile(target);
  return true;
}
