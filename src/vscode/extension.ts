// Activation: build the services once, then let each feature register itself.
import * as vscode from 'vscode';
import { createServices } from './services';
import { registerOutputCommands } from './output';

export function activate(context: vscode.ExtensionContext): void {
  const services = createServices(context);
  registerOutputCommands(context, services);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
