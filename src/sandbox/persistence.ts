// --state support: a sandbox can outlive its process (e.g. `plan` then `apply` as two CLI runs).
// Writes are synchronous and atomic (temp file + rename) so the file on disk always matches the
// state after the last answered write, even if the process is killed mid-run.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { UserError } from '../errors/user-error.js';
import type { SandboxState } from './state.js';

export function loadStateFile(path: string): SandboxState | undefined {
  if (!existsSync(path)) return undefined;
  let state: unknown;
  try {
    state = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new UserError(`sandbox state file ${path} is not valid JSON`, {
      hint: 'delete it to start again from the seed',
      cause,
    });
  }
  if (
    typeof state !== 'object' ||
    state === null ||
    (state as { version?: unknown }).version !== 1
  ) {
    throw new UserError(`sandbox state file ${path} is not a version 1 sandbox state`, {
      hint: 'delete it to start again from the seed',
    });
  }
  return state as SandboxState;
}

export function saveStateFile(path: string, state: SandboxState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, path);
}
