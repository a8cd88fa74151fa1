// The token must never leave the Authorization header: not in output, errors, plan files or the
// apply journal, whether the command succeeds or fails.
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';
import { exampleCopy, sandbox } from './helpers.js';

const TOKEN = 'tok_SuperSecret_0123456789abcdef';
let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

async function run(args: string[], url: string) {
  const io = memoryIo({ env: { INTERCOM_API_URL: url, INTERCOM_TOKEN: TOKEN } });
  const code = await main(args, io);
  return { code, text: io.stdout + io.stderr };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the token', () => {
  it('appears in no output, plan file or journal, on success or failure', async () => {
    sb = await sandbox();
    const config = exampleCopy();
    const planFile = join(mkdtempSync(join(tmpdir(), 'iac-secret-')), 'plan.json');
    const outputs: { code: number; text: string }[] = [];

    outputs.push(await run(['plan', '-c', config, '--out', planFile, '--format', 'json'], sb.url));
    outputs.push(await run(['drift', '-c', config, '--format', 'markdown'], sb.url));
    // A failing apply keeps its journal: every article create fails for good.
    for (let i = 0; i < 6; i++) sb.failNext({ method: 'POST', path: /^\/articles$/ }, '500');
    const failed = await run(['apply', '-c', config, '--auto-approve'], sb.url);
    expect(failed.code).toBe(1);
    outputs.push(failed);
    const journal = join(dirname(config), '.intercom-as-code', 'journal.jsonl');
    expect(existsSync(journal)).toBe(true);
    const journalText = readFileSync(journal, 'utf8');
    outputs.push(await run(['apply', '--resume', '-c', config, '--auto-approve'], sb.url));
    // Errors when the API cannot be reached, for a fresh plan and for a saved one.
    outputs.push(await run(['plan', '-c', config], 'http://127.0.0.1:9'));
    outputs.push(await run(['apply', planFile, '--auto-approve'], 'http://127.0.0.1:9'));

    expect(outputs.some((o) => o.code === 0)).toBe(true);
    expect(outputs.some((o) => o.code === 1)).toBe(true);
    for (const o of outputs) expect(o.text).not.toContain(TOKEN);
    expect(readFileSync(planFile, 'utf8')).not.toContain(TOKEN);
    expect(journalText).not.toContain(TOKEN);
    for (const f of filesUnder(dirname(config)))
      expect(readFileSync(f, 'utf8'), f).not.toContain(TOKEN);
    // And it did reach the API: the sandbox saw authenticated requests.
    expect(sb.log.length).toBeGreaterThan(10);
  });
});
