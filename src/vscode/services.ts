// The one place where the extension's long-lived services are built and wired together.
import * as vscode from 'vscode';
import { ConfigService } from './config';
import { ArticleWorkspace } from './workspace/articleWorkspace';

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly output: vscode.LogOutputChannel;
  readonly config: ConfigService;
  /** Article sources, their recognised mentions (workspace.recognizer) and cross-references (workspace.index). */
  readonly workspace: ArticleWorkspace;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const config = new ConfigService();
  const workspace = new ArticleWorkspace(config, output);
  context.subscriptions.push(output, config, workspace);
  return { context, output, config, workspace };
}
