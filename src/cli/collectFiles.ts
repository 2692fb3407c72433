// Expands the PATH arguments of `crosscheck scan` into article files.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { SourcePatterns } from '../core/sources/globs';

export interface CollectedFiles {
  /** Paths as given, or joined onto the folder given, in a stable order. */
  readonly files: string[];
  /** Arguments that do not exist or cannot be read, with the reason. */
  readonly problems: { path: string; reason: string }[];
}

export async function collectFiles(args: readonly string[], patterns: SourcePatterns): Promise<CollectedFiles> {
  const files: string[] = [];
  const problems: { path: string; reason: string }[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      problems.push({ path: arg, reason: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) {
      const entries = await fs.readdir(arg, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(arg, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
        .filter((relative) => patterns.matches(relative))
        .sort()
        .map((relative) => path.join(arg, relative));
      files.push(...found);
    } else {
      files.push(arg);
    }
  }
  return { files: [...new Set(files)], problems };
}
