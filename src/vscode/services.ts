// The one place where the extension's long-lived services are built and wired together.
import * as vscode from 'vscode';

export interface Services {
  readonly output: vscode.LogOutputChannel;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  context.subscriptions.push(output);
  return { output };
}
