// Entry point the VS Code extension host calls to run the integration suite (mocha, bdd).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  console.log(`[crosscheck] running integration tests in ${vscode.env.appName} ${vscode.version} (${vscode.env.appHost}), Node ${process.version}`);
  const grep = process.env.CROSSCHECK_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec', ...(grep ? { grep } : {}) });
  const files = fs.readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
