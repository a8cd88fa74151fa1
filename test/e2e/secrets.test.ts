// The token must never leave the Authorization header: not in output, errors, plan files or the
// apply journal, whether the command succeeds or fails.
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';
import { exampleCopy, sandbox } from './helpers.js';
import {
  SECRETS,
  filesUnder as textFilesUnder,
  leaked,
  runWithSecrets,
  sentAndAnswered,
  type Run,
} from './secrets-helpers.js';

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

// A pull request controls workspace.yaml and every front matter, and its plan is posted publicly:
// a `${NAME}` that could read any variable would print the runner's secrets in the comment.
describe('variables a pull request may not read', () => {
  const refs = {
    tag: '"x ${INTERCOM_TOKEN}"',
    title: 'Refund policy ${GITHUB_TOKEN}',
    plan: '"Pro ${AWS_SECRET_ACCESS_KEY:-none}"',
    region: '"${INTERCOM_AS_CODE_VAR_ALIAS}"',
  };
  const hostile = (): string => {
    const config = exampleCopy((y) =>
      y
        .replace('tags:\n', `tags:\n  - name: ${refs.tag}\n`)
        .replace('title: Refund policy', `title: ${refs.title}`)
        .replace('plan: Pro', `plan: ${refs.plan}`)
        .replace('{ region: EMEA }', `{ region: ${refs.region} }`),
    );
    const status = join(dirname(config), 'help-center/articles/status.md');
    writeFileSync(
      status,
      readFileSync(status, 'utf8').replace('description: Is', 'description: ${GITHUB_TOKEN} Is'),
    );
    return config;
  };
  /** `workspace.yaml:LINE:COL` of the scalar that holds `value`. */
  const at = (config: string, value: string): string => {
    const lines = readFileSync(config, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes(value));
    return `workspace.yaml:${line + 1}:${(lines[line] ?? '').indexOf(value) + 1}:`;
  };

  it('are refused with their position: no secret in any output, file or request', async () => {
    sb = await sandbox();
    const config = hostile();
    const dir = dirname(config);
    // The token's value under a name the runner does export for the config: refused all the same.
    const env = {
      INTERCOM_AS_CODE_VAR_ALIAS: SECRETS.INTERCOM_TOKEN,
      INTERCOM_AS_CODE_ALLOW_VARS: 'INTERCOM_TOKEN',
    };
    const allow = ['--allow-var', 'INTERCOM_TOKEN'];
    const runs: Run[] = [];
    runs.push(await runWithSecrets(sb, ['validate', '-c', config, ...allow], env));
    for (const format of ['text', 'json', 'markdown']) {
      const out = join(dir, `plan-${format}.json`);
      runs.push(
        await runWithSecrets(sb, ['plan', '-c', config, '--format', format, '--out', out], env),
      );
    }
    runs.push(await runWithSecrets(sb, ['drift', '-c', config, '--format', 'markdown'], env));
    runs.push(await runWithSecrets(sb, ['apply', '-c', config, '--auto-approve', ...allow], env));

    for (const run of runs) {
      expect(run.code, run.text).toBe(3);
      expect(leaked(run.text), run.text).toEqual([]);
    }
    const validate = runs[0]!.text;
    expect(validate).toContain(`${at(config, refs.tag)} error: \`\${INTERCOM_TOKEN}\``);
    expect(validate).toContain(`${at(config, refs.title)} error: \`\${GITHUB_TOKEN}\``);
    expect(validate).toContain(`${at(config, refs.plan)} error: \`\${AWS_SECRET_ACCESS_KEY}\``);
    expect(validate).toContain(`${at(config, refs.region)} error:`);
    expect(validate).toMatch(/status\.md:5:14: error: `\$\{GITHUB_TOKEN\}`/);
    expect(validate).toContain('INTERCOM_AS_CODE_ALLOW_VARS=GITHUB_TOKEN');
    expect(validate).toContain('--allow-var GITHUB_TOKEN');
    expect(validate).not.toContain('none'); // The refused name's default is not used either.
    // Nothing was planned, saved or sent.
    for (const format of ['text', 'json', 'markdown'])
      expect(existsSync(join(dir, `plan-${format}.json`))).toBe(false);
    for (const f of textFilesUnder(dir)) expect(leaked(f.text), f.path).toEqual([]);
    expect(sb.log).toEqual([]);
    expect(leaked(sentAndAnswered(sb))).toEqual([]);
  });

  it('are read when CI exports them for the config: the prefix, the allow list or --allow-var', async () => {
    sb = await sandbox();
    const config = exampleCopy((y) =>
      y
        .replace('tags:\n', 'tags:\n  - name: ${INTERCOM_AS_CODE_VAR_TEAM}\n')
        .replace('tags:\n', 'tags:\n  - name: ${RELEASE:-unused}\n')
        .replace('title: Refund policy', 'title: Refunds for ${QUARTER}'),
    );
    const env = {
      INTERCOM_AS_CODE_VAR_TEAM: 'team-emea',
      RELEASE: 'release-7',
      QUARTER: 'Q3',
      INTERCOM_AS_CODE_ALLOW_VARS: ' QUARTER , OTHER',
    };
    const run = await runWithSecrets(sb, ['plan', '-c', config, '--allow-var', 'RELEASE'], env);
    expect(run.code, run.text).toBe(0);
    expect(run.text).toContain('+ tag "team-emea"');
    expect(run.text).toContain('+ tag "release-7"');
    expect(run.text).toContain('Refunds for Q3');
    expect(leaked(run.text + sentAndAnswered(sb))).toEqual([]);
  });
});
