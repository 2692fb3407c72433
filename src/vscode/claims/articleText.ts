// The current text of an article: the open editor's (unsaved edits included), else the indexed
// text, else the file on disk. Undefined when the article is gone or cannot be read as text.
import * as vscode from 'vscode';
import { decodeArticle } from '../../core/sources/decode';
import type { ArticleWorkspace } from '../workspace/articleWorkspace';

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const id = uri.toString();
  return vscode.workspace.textDocuments.find((document) => !document.isClosed && document.uri.toString() === id);
}

export async function articleText(workspace: ArticleWorkspace, uri: vscode.Uri, options: { preferDisk?: boolean } = {}): Promise<string | undefined> {
  if (!options.preferDisk) {
    const open = openDocument(uri);
    if (open) return open.getText();
    const indexed = workspace.text(workspace.sourceId(uri));
    if (indexed !== undefined) return indexed;
  }
  return readArticleFromDisk(uri);
}

export async function readArticleFromDisk(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
