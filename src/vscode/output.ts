import * as vscode from 'vscode';
import type { Services } from './services';

export function registerOutputCommands(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.showOutput', () => services.output.show(true)),
  );
}
