// "Crosscheck: Find Entity…": fuzzy search (fuse.js, in the core index) over the names and aliases
// of every entity; picking one shows all its mentions. A query argument skips the quick pick
// (for tests and keybindings): `executeCommand('crosscheck.findEntity', 'Starmer')`.
import * as vscode from 'vscode';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';
import { showAllMentions } from './commands';
import type { EntityCatalog, EntitySummary } from './entityCatalog';

const MAX_RESULTS = 50;

interface EntityPick extends vscode.QuickPickItem {
  readonly entityId: string;
}

export function registerFindEntity(context: vscode.ExtensionContext, workspace: ArticleWorkspace, catalog: EntityCatalog): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.findEntity', async (query?: unknown) => {
      if (typeof query === 'string' && query.trim() !== '') {
        const best = catalog.search(query, 1)[0];
        if (!best) {
          void vscode.window.showInformationMessage(`Crosscheck: no entity matches "${query}".`);
          return undefined;
        }
        await showAllMentions(workspace, best.record.id);
        return best.record.id;
      }
      await workspace.ready;
      const picked = await pickEntity(catalog);
      if (picked) await showAllMentions(workspace, picked);
      return picked;
    }),
  );
}

function toPick(summary: EntitySummary): EntityPick {
  const { record, sourceCount, mentionCount } = summary;
  return {
    label: record.name,
    description: record.aliases.length ? record.aliases.join(', ') : undefined,
    detail: `${record.type} · ${sourceCount} source${sourceCount === 1 ? '' : 's'} · ${mentionCount} mention${mentionCount === 1 ? '' : 's'}`,
    entityId: record.id,
    // Our fuzzy matcher already chose these, aliases included: do not let the quick pick hide them.
    alwaysShow: true,
  };
}

function pickEntity(catalog: EntityCatalog): Promise<string | undefined> {
  return new Promise((resolve) => {
    const quickPick = vscode.window.createQuickPick<EntityPick>();
    quickPick.title = 'Crosscheck: Find Entity';
    quickPick.placeholder = 'Name or alias of a person, organisation, place…';
    quickPick.matchOnDescription = true;
    const all = catalog.all();
    if (all.length === 0) quickPick.placeholder = 'No entities found in the articles of this workspace';
    const update = (value: string) => {
      const summaries = value.trim() === '' ? all.slice(0, MAX_RESULTS) : catalog.search(value, MAX_RESULTS);
      quickPick.items = summaries.map(toPick);
    };
    update('');
    let chosen: string | undefined;
    quickPick.onDidChangeValue(update);
    quickPick.onDidAccept(() => {
      chosen = quickPick.selectedItems[0]?.entityId;
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      quickPick.dispose();
      resolve(chosen);
    });
    quickPick.show();
  });
}
