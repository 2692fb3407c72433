// Cross-referencing in the editor: hover cards, references and highlights, disagreement markers
// and diagnostics, the Entities view, and the commands they link to.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerCrossReferenceCommands } from './commands';
import { DisagreementReporter } from './disagreements';
import { EntityCatalog } from './entityCatalog';
import { registerEntitiesView } from './entitiesTree';
import { registerFindEntity } from './findEntity';
import { CrossReferenceHoverProvider } from './hoverProvider';
import { CrossReferenceReferenceProvider, EntityHighlightProvider } from './navigationProviders';

/** Articles are files (local or remote) matched by crosscheck.sources; providers check the pattern. */
const ARTICLE_DOCUMENTS: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'vscode-remote' }];

export function registerCrossReferences(context: vscode.ExtensionContext, services: Services): void {
  const { workspace } = services;
  const catalog = new EntityCatalog(workspace);
  context.subscriptions.push(
    catalog,
    new DisagreementReporter(services),
    vscode.languages.registerHoverProvider(ARTICLE_DOCUMENTS, new CrossReferenceHoverProvider(services)),
    vscode.languages.registerReferenceProvider(ARTICLE_DOCUMENTS, new CrossReferenceReferenceProvider(workspace)),
    vscode.languages.registerDocumentHighlightProvider(ARTICLE_DOCUMENTS, new EntityHighlightProvider(workspace)),
  );
  registerCrossReferenceCommands(context, services);
  registerFindEntity(context, workspace, catalog);
  registerEntitiesView(context, workspace, catalog);
}
