#!/usr/bin/env node
// `npm run demo`: plan, apply, plan against the embedded sandbox, with the sandbox's data kept in
// a temporary file between the three runs, so the last plan shows the workspace converged.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'intercom-as-code-demo-'));
const state = join(dir, 'sandbox-state.json');
const bin = join(root, 'bin', 'intercom-as-code.js');
const common = ['-c', 'examples/workspace.yaml', '--sandbox', '--sandbox-state', state];

const steps = [
  ['plan', ...common],
  ['apply', ...common, '--auto-approve'],
  ['plan', ...common, '--detailed-exitcode'],
];
let code = 0;
for (const args of steps) {
  process.stderr.write(`\n$ intercom-as-code ${args.join(' ')}\n\n`);
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  code = run.status ?? 1;
  if (code !== 0) break;
}
rmSync(dir, { recursive: true, force: true });
process.exitCode = code;
