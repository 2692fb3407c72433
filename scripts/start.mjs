// `npm start`: build, then open the extension on samples/ — in desktop VS Code when `code` is on
// PATH, otherwise in the offline code-server host on 127.0.0.1 (open the printed URL in a browser).
import { execSync, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureDependencies } from './ensure-deps.mjs';
import { repoRoot } from './host/paths.mjs';
import { startCodeServer } from './host/code-server.mjs';
import { installCodeServer } from './host/install-code-server.mjs';

ensureDependencies();

const samples = path.join(repoRoot, 'samples');

function hasCommand(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/bash' });
    return true;
  } catch {
    return false;
  }
}

console.log('[crosscheck] building');
const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status || 1);

if (hasCommand('code') && !process.env.CROSSCHECK_START_OFFLINE) {
  console.log('[crosscheck] opening desktop VS Code with the extension on samples/');
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, samples], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  installCodeServer();
  const port = process.env.CROSSCHECK_PORT ? Number(process.env.CROSSCHECK_PORT) : undefined;
  const host = await startCodeServer({ workspace: samples, port });
  const url = host.url(samples, [['extensionDevelopmentPath', host.remoteUri(repoRoot)]]);
  console.log('\n[crosscheck] VS Code (code-server) is serving the samples with Crosscheck loaded.');
  console.log(`[crosscheck] Open this address in a browser on this machine:\n\n  ${url}\n`);
  console.log('[crosscheck] Press Ctrl-C to stop.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\n[crosscheck] stopping');
    await host.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
