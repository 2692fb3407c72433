// Activation: build the services once, then let each feature register itself.
import * as vscode from 'vscode';
import { createServices } from './services';
import { registerOutputCommands } from './output';
import { registerHighlighting } from './highlight';
import { registerCrossReferences } from './crossref/registerCrossReferences';
import { registerClaims } from './claims';

export function activate(context: vscode.ExtensionContext): void {
  const services = createServices(context);
  registerOutputCommands(context, services);
  // Feature registrations (one line each):
  registerHighlighting(context, services);
  registerCrossReferences(context, services);
  registerClaims(context, services);
  void services.workspace.startScan();
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
