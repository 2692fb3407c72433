import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openArticle } from './helpers';

describe('activation', () => {
  it('activates in the fixture workspace when an article is opened', async () => {
    await openArticle('meridian-wire.txt').catch(() => undefined);
    const extension = await activateExtension();
    assert.equal(extension.isActive, true);
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    const ours = commands.filter((command) => command.startsWith('crosscheck.'));
    assert.ok(ours.includes('crosscheck.showOutput'), `crosscheck commands found: ${ours.join(', ')}`);
  });
});
