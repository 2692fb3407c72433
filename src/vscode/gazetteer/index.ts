// The team gazetteer (.crosscheck/entities.yaml): kept applied to the recogniser, edited by commands.
import type * as vscode from 'vscode';
import type { Services } from '../services';
import { registerGazetteerCommands } from './gazetteerCommands';
import { TeamGazetteerFile } from './teamGazetteerFile';

export function registerGazetteer(context: vscode.ExtensionContext, services: Services): void {
  const file = new TeamGazetteerFile(services);
  context.subscriptions.push(file, ...registerGazetteerCommands(services, file));
  void file.start();
}
