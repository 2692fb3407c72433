// The core reaches files only through this interface. The extension implements it over
// vscode.workspace.fs, the CLI over node:fs, and tests use MemoryFileStore.
// Paths are plain strings with '/' separators (a URI path or a POSIX path); the core never
// interprets them beyond the helpers in ./paths.

export interface FileStat {
  readonly size: number;
  /** Modification time in milliseconds since the epoch. */
  readonly mtime: number;
}

export interface FileStore {
  /** Rejects with a FileNotFoundError when the file does not exist. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes atomically: readers see the old or the new content, never a mix. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  deleteFile(path: string): Promise<void>;
  /** Undefined when the file does not exist. */
  stat(path: string): Promise<FileStat | undefined>;
}

export class FileNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`File not found: ${path}`);
    this.name = 'FileNotFoundError';
  }
}

/** An in-memory FileStore for tests and for sources that only live in editors. */
export class MemoryFileStore implements FileStore {
  private readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  private clock = 0;

  async readFile(path: string): Promise<Uint8Array> {
    const file = this.files.get(path);
    if (!file) throw new FileNotFoundError(path);
    return file.data.slice();
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    this.files.set(path, { data: data.slice(), mtime: ++this.clock });
  }

  async deleteFile(path: string): Promise<void> {
    if (!this.files.delete(path)) throw new FileNotFoundError(path);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const file = this.files.get(path);
    return file ? { size: file.data.byteLength, mtime: file.mtime } : undefined;
  }

  /** Test convenience: write a UTF-8 string. */
  async writeText(path: string, text: string): Promise<void> {
    await this.writeFile(path, new TextEncoder().encode(text));
  }

  /** Test convenience: read a file as UTF-8, or undefined when absent. */
  readTextSync(path: string): string | undefined {
    const file = this.files.get(path);
    return file ? new TextDecoder().decode(file.data) : undefined;
  }

  paths(): string[] {
    return [...this.files.keys()].sort();
  }
}
