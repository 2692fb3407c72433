// Who writes a claim or a reply: crosscheck.author, else `git config user.name` in the workspace
// folder, else the OS user name. The git lookup runs once per window (and again when settings change).
import { execFile } from 'node:child_process';
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { ConfigService } from '../config';

/** Longest the git lookup may take: annotating must not hang on a slow or missing git. */
const GIT_TIMEOUT_MS = 2000;

export class AuthorResolver implements vscode.Disposable {
  private fromGit: Promise<string | undefined> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly config: ConfigService) {
    this.subscription = config.onDidChange(() => (this.fromGit = undefined));
  }

  async author(): Promise<string> {
    const configured = this.config.current.author;
    if (configured) return configured;
    this.fromGit ??= gitUserName(vscode.workspace.workspaceFolders?.[0]?.uri);
    return (await this.fromGit) ?? osUserName();
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function gitUserName(folder: vscode.Uri | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    const cwd = folder?.scheme === 'file' ? folder.fsPath : undefined;
    try {
      execFile('git', ['config', 'user.name'], { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
        const name = String(stdout ?? '').trim();
        resolve(error || name === '' ? undefined : name);
      });
    } catch {
      resolve(undefined);
    }
  });
}

function osUserName(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
