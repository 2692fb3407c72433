// The core's FileStore over vscode.workspace.fs, for one URI scheme and authority (paths are URI
// paths). Writes are atomic: the data goes to a temporary file beside the target, which is then
// renamed over it, so a reader (another window, git) never sees half a file.
import * as vscode from 'vscode';
import { FileNotFoundError, type FileStat, type FileStore } from '../../core/io/fileStore';
import { basename, dirname, joinPath } from '../../core/io/paths';

export class WorkspaceFileStore implements FileStore {
  /** @param base any URI with the scheme and authority of the files this store reaches. */
  constructor(private readonly base: vscode.Uri) {}

  uriOf(path: string): vscode.Uri {
    return this.base.with({ path, query: '', fragment: '' });
  }

  async readFile(path: string): Promise<Uint8Array> {
    try {
      return await vscode.workspace.fs.readFile(this.uriOf(path));
    } catch (error) {
      if (isNotFound(error)) throw new FileNotFoundError(path);
      throw error;
    }
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    const target = this.uriOf(path);
    // Hidden, unique, and not matching *.claims.yaml, so watchers of sidecars ignore it.
    const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const temporary = this.uriOf(joinPath(dirname(path), `.${basename(path)}.${unique}.tmp`));
    try {
      await vscode.workspace.fs.writeFile(temporary, data);
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
      await vscode.workspace.fs.delete(temporary, { useTrash: false }).then(undefined, () => undefined);
      throw error;
    }
  }

  async deleteFile(path: string): Promise<void> {
    try {
      await vscode.workspace.fs.delete(this.uriOf(path), { useTrash: false });
    } catch (error) {
      if (isNotFound(error)) throw new FileNotFoundError(path);
      throw error;
    }
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(this.uriOf(path));
      return { size: stat.size, mtime: stat.mtime };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

export function isNotFound(error: unknown): boolean {
  if (error instanceof vscode.FileSystemError) return error.code === 'FileNotFound' || /EntryNotFound|FileNotFound/.test(error.name);
  return error instanceof Error && /ENOENT|EntryNotFound|FileNotFound/.test(`${(error as { code?: string }).code ?? ''} ${error.name} ${error.message}`);
}
