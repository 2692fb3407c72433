// Hover on an entity or a figure of an article: the cross-reference card from the core index.
import * as vscode from 'vscode';
import { commandLinks, renderEntityCard, renderFigureCard } from '../../core/crossref';
import { toRange } from '../convert';
import type { Services } from '../services';
import { hoverMarkdown } from './hoverMarkdown';
import { mentionAtPosition } from './mentionAtPosition';

/** Longest a hover waits for the workspace scan before answering with what is indexed so far. */
const SCAN_WAIT_MS = 1500;

export class CrossReferenceHoverProvider implements vscode.HoverProvider {
  private readonly links = commandLinks();

  constructor(private readonly services: Services) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const { workspace, config } = this.services;
    if (!workspace.isSource(document.uri)) return undefined;
    // While the first scan runs, a card would count only the sources read so far: wait a little.
    await settledWithin(workspace.ready, SCAN_WAIT_MS);
    if (token.isCancellationRequested) return undefined;
    const hit = mentionAtPosition(workspace, document, position);
    if (!hit) return undefined;
    const maxSources = config.current.hover.maxSources;
    const markdown = hit.mention.kind === 'entity'
      ? renderEntityCard(workspace.index.entityCard(hit.sourceId, hit.mention, maxSources), this.links)
      : renderFigureCard(workspace.index.figureCard(hit.sourceId, hit.mention, maxSources), this.links);
    return new vscode.Hover(hoverMarkdown(markdown), toRange(document, hit.mention));
  }
}

async function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
