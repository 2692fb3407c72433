// The one place where the extension's long-lived services are built and wired together.
import * as vscode from 'vscode';
import { ConfigService } from './config';
import { ArticleWorkspace } from './workspace/articleWorkspace';
import { DisagreementTracker } from './workspace/disagreementTracker';

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly output: vscode.LogOutputChannel;
  readonly config: ConfigService;
  /** Article sources, their recognised mentions (workspace.recognizer) and cross-references (workspace.index). */
  readonly workspace: ArticleWorkspace;
  /** Which figures of each source other sources contradict, kept up to date incrementally. */
  readonly disagreements: DisagreementTracker;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const config = new ConfigService();
  const workspace = new ArticleWorkspace(config, output);
  const disagreements = new DisagreementTracker(workspace, output);
  context.subscriptions.push(output, config, workspace, disagreements);
  return { context, output, config, workspace, disagreements };
}
