// Runs one case through the public entry points only: the CLI's main() with an in-memory Io,
// against a sandbox started from the case's seed on 127.0.0.1. Every CLI call is recorded, so a
// failure report shows exactly what was run and what it said.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../../src/cli/main.js';
import {
  startSandbox,
  type Sandbox,
  type SandboxOptions,
  type SandboxState,
} from '../../../src/sandbox/index.js';
import { memoryIo } from '../../support/memory-io.js';
import type { Case } from './build-case.js';
import { CONFIG_FILE } from './render.js';

export const TOKEN = 'generative-token';

export interface CliRun {
  args: string[];
  code: number;
  stdout: string;
  stderr: string;
}

export class CaseRun {
  readonly runs: CliRun[] = [];
  /** CLI calls and notes, in order, for the transcript. */
  private readonly events: (CliRun | string)[] = [];

  private constructor(
    readonly sb: Sandbox,
    readonly dir: string,
  ) {}

  static async start(c: Case, options: Omit<SandboxOptions, 'seed'> = {}): Promise<CaseRun> {
    const dir = mkdtempSync(join(tmpdir(), 'iac-gen-'));
    for (const [rel, text] of Object.entries(c.files)) {
      const path = join(dir, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    // The seed is copied: the sandbox must share no objects with the case it came from.
    const sb = await startSandbox({ ...options, seed: structuredClone(c.seed) });
    return new CaseRun(sb, dir);
  }

  get config(): string {
    return join(this.dir, CONFIG_FILE);
  }

  async cli(...args: string[]): Promise<CliRun> {
    const io = memoryIo({ env: { INTERCOM_API_URL: this.sb.url, INTERCOM_TOKEN: TOKEN } });
    let code: number;
    try {
      code = await main(args, io);
    } catch (error) {
      // main() must turn every error into an exit code; a throw is itself a finding.
      io.stderr += `\n[main() threw] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      code = -1;
    }
    const run = { args, code, stdout: io.stdout, stderr: io.stderr };
    this.runs.push(run);
    this.events.push(run);
    return run;
  }

  /** A line for the transcript, between CLI calls. */
  note(text: string): void {
    this.events.push(text);
  }

  snapshot(): SandboxState {
    return structuredClone(this.sb.state);
  }

  /** Every CLI call with its exit code and output, shortened for reports. */
  transcript(): string {
    return this.events
      .map((r) => {
        if (typeof r === 'string') return r;
        const args = r.args.map((a) => a.replace(this.dir, '$DIR')).join(' ');
        const out = [`$ intercom-as-code ${args}   # exit ${r.code}`];
        if (r.stdout.trim()) out.push(indent('stdout', r.stdout));
        if (r.stderr.trim()) out.push(indent('stderr', r.stderr));
        return out.join('\n');
      })
      .join('\n');
  }

  async close(): Promise<void> {
    await this.sb.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const MAX_OUTPUT = 6000;

function indent(label: string, text: string): string {
  const t =
    text.length > MAX_OUTPUT
      ? `${text.slice(0, MAX_OUTPUT)}\n... (${text.length - MAX_OUTPUT} more characters)`
      : text;
  return `  [${label}]\n${t
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}`;
}

const POSITIONED = /^.+:\d+:\d+: error: /;
const SUMMARY =
  /^error: \d+ problems? (matching the configuration to the workspace|in the configuration)$/;

/** The error problems a refusal printed, split by whether they name a file:line:col. */
export function refusalProblems(stderr: string): { positioned: string[]; unpositioned: string[] } {
  const lines = stderr.split('\n');
  return {
    positioned: lines.filter((l) => POSITIONED.test(l)),
    unpositioned: lines.filter((l) => l.startsWith('error: ') && !SUMMARY.test(l)),
  };
}
