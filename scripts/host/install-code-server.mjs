// Installs the offline VS Code host (code-server, from the npm registry only) into .vscode-test/.
// code-server's own install scripts download binaries from GitHub, which offline machines cannot
// reach, so we install with --ignore-scripts and build the native modules from source instead.
// The steps follow ../shared/notes/real-vscode-offline.md. Idempotent: a marker file records success.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerDir, codeServerEntry, codeServerVersion } from './paths.mjs';

const marker = path.join(codeServerDir, '.installed');

function log(message) {
  process.stderr.write(`[crosscheck host] ${message}\n`);
}

function have(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/bash' });
    return true;
  } catch {
    return false;
  }
}

function run(command, cwd) {
  log(`  $ ${command}   (in ${path.relative(process.cwd(), cwd) || '.'})`);
  execSync(command, { cwd, stdio: ['ignore', 'ignore', 'inherit'], shell: '/bin/bash', env: { ...process.env, npm_config_loglevel: 'error' } });
}

export function missingSystemPackages() {
  const missing = [];
  if (!have('rg')) missing.push('ripgrep');
  if (!fs.existsSync('/usr/include/krb5.h') && !fs.existsSync('/usr/include/krb5/krb5.h')) missing.push('libkrb5-dev');
  if (!have('g++') || !have('make') || !have('python3')) missing.push('build-essential python3');
  return missing;
}

export function isCodeServerInstalled() {
  return fs.existsSync(marker) && fs.existsSync(codeServerEntry);
}

export function installCodeServer() {
  if (isCodeServerInstalled()) return;
  const missing = missingSystemPackages();
  if (missing.length > 0) {
    throw new Error(`The offline VS Code host needs system packages that are missing: ${missing.join(', ')}.\n` +
      `Install them first, e.g.: sudo apt-get install -y ${missing.join(' ')} chromium`);
  }
  const started = Date.now();
  log(`installing code-server ${codeServerVersion} (VS Code 1.99.3) into ${codeServerDir} — about a minute, once`);
  fs.mkdirSync(codeServerDir, { recursive: true });
  fs.writeFileSync(path.join(codeServerDir, 'package.json'), JSON.stringify({ name: 'crosscheck-offline-host', private: true }));
  run(`npm install --no-save --no-audit --no-fund --ignore-scripts code-server@${codeServerVersion}`, codeServerDir);
  log('building argon2 from source');
  run('npm rebuild argon2', codeServerDir);
  const vscodeDir = path.join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode');
  log('installing VS Code server dependencies');
  run('npm install --omit=dev --ignore-scripts --no-audit --no-fund', vscodeDir);
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  fs.rmSync(path.join(rgBin, 'rg'), { force: true });
  fs.symlinkSync(execSync('command -v rg', { shell: '/bin/bash' }).toString().trim(), path.join(rgBin, 'rg'));
  log('building native modules (spdlog, node-pty, kerberos, watchers)');
  try {
    run('npm rebuild', vscodeDir);
  } catch {
    // node-pty's post-install step reports an error although pty.node is built; terminals are not used.
    log('  (npm rebuild reported an error; node-pty is known to do so and is not needed)');
  }
  const links = [
    [vscodeDir, 'node_modules', 'node_modules.asar'],
    [path.join(vscodeDir, 'bin', 'remote-cli'), 'code-linux.sh', 'code-server'],
    [path.join(vscodeDir, 'bin', 'helpers'), 'browser-linux.sh', 'browser.sh'],
  ];
  for (const [dir, target, name] of links) {
    fs.rmSync(path.join(dir, name), { force: true });
    fs.symlinkSync(target, path.join(dir, name));
  }
  log('installing built-in extensions\' dependencies');
  run('npm install --omit=dev --ignore-scripts --no-audit --no-fund', path.join(vscodeDir, 'extensions'));
  fs.writeFileSync(marker, new Date().toISOString());
  log(`code-server ready in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    installCodeServer();
  } catch (error) {
    log(error.message);
    process.exit(1);
  }
}
