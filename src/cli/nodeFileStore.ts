// FileStore over node:fs for the command line.
import { promises as fs } from 'fs';
import * as path from 'path';
import { FileNotFoundError, type FileStat, type FileStore } from '../core/io/fileStore';

export class NodeFileStore implements FileStore {
  async readFile(file: string): Promise<Uint8Array> {
    try {
      return await fs.readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotFoundError(file);
      throw error;
    }
  }

  async writeFile(file: string, data: Uint8Array): Promise<void> {
    // Write beside the target, then rename: readers never see a half-written file.
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, file);
  }

  async deleteFile(file: string): Promise<void> {
    try {
      await fs.unlink(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotFoundError(file);
      throw error;
    }
  }

  async stat(file: string): Promise<FileStat | undefined> {
    try {
      const stat = await fs.stat(file);
      return { size: stat.size, mtime: stat.mtimeMs };
    } catch {
      return undefined;
    }
  }
}
