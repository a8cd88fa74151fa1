// A saved plan is run as written, so the file must survive a round trip exactly, be refused with a
// clear reason when it cannot be trusted, never hold the token, and carry a config hash that moves
// when (and only when) the files the plan came from change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  MAX_SAVED_PLAN_BYTES,
  createSavedPlan,
  readSavedPlan,
  writeSavedPlan,
  type SavedPlan,
} from '../../src/planner/saved-plan.js';
import { hashConfig } from '../../src/planner/config-hash.js';
import { fingerprint } from '../../src/planner/fingerprint.js';
import { PlanFileError } from '../../src/errors/plan-file-error.js';
import { UserError } from '../../src/errors/user-error.js';
import type { LiveObject } from '../../src/model/objects.js';
import { TOKEN, exampleCopy, load, planAgainstSandbox, type Planned } from './sandbox-plan.js';

let planned: Planned;
let saved: SavedPlan;
let dir: string;

beforeAll(async () => {
  planned = await planAgainstSandbox();
  saved = createSavedPlan(planned.plan, {
    configHash: await hashConfig(planned.desired),
    target: planned.sb.url,
    now: () => new Date('2026-08-01T12:00:00Z'),
  });
  dir = await mkdtemp(join(tmpdir(), 'iac-plan-file-'));
});
afterAll(() => planned.sb.close());

const file = (name: string): string => join(dir, name);

async function refusal(path: string): Promise<PlanFileError> {
  const error: unknown = await readSavedPlan(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanFileError);
  expect(error).toBeInstanceOf(UserError);
  expect((error as PlanFileError).hint).toBeTruthy();
  return error as PlanFileError;
}

async function writeJson(name: string, value: unknown): Promise<string> {
  await writeFile(file(name), JSON.stringify(value));
  return file(name);
}

describe('createSavedPlan', () => {
  it('records the config, the target and a fingerprint of every update and delete', () => {
    expect(saved).toMatchObject({
      format_version: '2.0',
      plan_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      kind: 'intercom-as-code-saved-plan',
      created_at: '2026-08-01T12:00:00.000Z',
      config: { path: planned.configPath, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      target: planned.sb.url,
      plan: planned.plan,
    });
    const existing = planned.plan.changes.filter((c) => c.action !== 'create');
    expect(existing.length).toBeGreaterThan(3);
    expect(Object.keys(saved.fingerprints).sort()).toEqual(existing.map((c) => c.ref).sort());
    for (const c of existing) expect(saved.fingerprints[c.ref]).toBe(fingerprint(c.live));
  });

  it('keeps credentials, query and fragment of the target URL out of the file', () => {
    const s = createSavedPlan(planned.plan, {
      configHash: 'x',
      target: `https://ops:${TOKEN}@proxy.example/intercom/?key=${TOKEN}#${TOKEN}`,
    });
    expect(s.target).toBe('https://proxy.example/intercom');
  });
});

describe('writeSavedPlan / readSavedPlan', () => {
  it('round-trips exactly, as pretty JSON, leaving no temporary file', async () => {
    const path = file('round-trip.json');
    await writeSavedPlan(path, saved);
    expect(await readSavedPlan(path)).toEqual(saved);
    const text = await readFile(path, 'utf8');
    expect(text).toMatch(/^\{\n {2}"format_version": "2.0",\n {2}"kind"/);
    expect(await readdir(dir)).toEqual(['round-trip.json']);
  });

  it('replaces an existing file whole', async () => {
    const path = file('replace.json');
    await writeFile(path, 'x'.repeat(100_000));
    await writeSavedPlan(path, saved);
    expect(await readSavedPlan(path)).toEqual(saved);
  });

  it('never writes the token, even though the plan was made with it', async () => {
    const path = file('no-token.json');
    await writeSavedPlan(path, saved);
    const text = await readFile(path, 'utf8');
    expect(text.length).toBeGreaterThan(5_000);
    expect(text).toContain(planned.sb.url);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN.slice(4, 16));
    expect(text.toLowerCase()).not.toContain('bearer');
    expect(text.toLowerCase()).not.toContain('authorization');
  });

  it('reports a directory it cannot write to, and leaves nothing behind', async () => {
    const path = join(dir, 'no-such-dir', 'plan.json');
    const error = await writeSavedPlan(path, saved).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanFileError);
    expect(error).toMatchObject({ problem: 'unwritable', path });
    await mkdir(dirname(path));
    expect(await readdir(dirname(path))).toEqual([]);
  });

  it('refuses a missing file', async () => {
    const e = await refusal(file('nope.json'));
    expect(e.problem).toBe('missing');
    expect(e.message).toBe(`plan file ${file('nope.json')} does not exist`);
    expect(e.hint).toContain('plan --out');
  });

  it('refuses a file that is not JSON', async () => {
    await writeFile(file('text.json'), 'Plan: 1 to add, 0 to change, 0 to destroy.\n');
    const e = await refusal(file('text.json'));
    expect(e.problem).toBe('not-json');
    expect(e.message).toMatch(/^plan file .*text\.json is not JSON: /);
  });

  it.each([
    ['another kind of JSON', { kind: 'terraform-plan' }, /its kind is "terraform-plan"/],
    ['JSON with no kind', { format_version: '1.0' }, /has no `kind`/],
    ['a list', [1, 2, 3], /not a saved plan object/],
    ['no format_version', { kind: 'intercom-as-code-saved-plan' }, /format_version/],
  ])('refuses %s as corrupted', async (name, value, message) => {
    const e = await refusal(await writeJson(`${name}.json`, value));
    expect(e.problem).toBe('corrupted');
    expect(e.message).toContain('looks corrupted');
    expect(e.message).toMatch(message);
  });

  it('refuses a saved plan with a member missing, naming where', async () => {
    const broken = structuredClone(saved) as unknown as {
      plan: { changes: Record<string, unknown>[] };
    };
    const i = broken.plan.changes.findIndex((c) => c.action === 'delete');
    delete broken.plan.changes[i]!.live;
    const e = await refusal(await writeJson('missing-live.json', broken));
    expect(e.problem).toBe('corrupted');
    expect(e.message).toContain(`looks corrupted: plan.changes[${i}].live is missing`);

    const badAction = structuredClone(saved) as unknown as {
      plan: { changes: Record<string, unknown>[] };
    };
    badAction.plan.changes[0]!.action = 'upsert';
    expect((await refusal(await writeJson('bad-action.json', badAction))).message).toContain(
      'plan.changes[0].action is not one of create, update, delete',
    );

    const { fingerprints: _dropped, ...noFingerprints } = saved;
    expect(
      (await refusal(await writeJson('no-fingerprints.json', noFingerprints))).message,
    ).toContain('fingerprints is missing');
  });

  it('refuses a plan made by a newer major version', async () => {
    const e = await refusal(await writeJson('v3.json', { ...saved, format_version: '3.0' }));
    expect(e.problem).toBe('unsupported-version');
    expect(e.message).toContain('made by a newer intercom-as-code');
    expect(e.message).toContain('3.0');
    expect(e.hint).toContain('upgrade');
  });

  it('refuses a 1.x plan, which carried no requests to send', async () => {
    const e = await refusal(await writeJson('v1.json', { ...saved, format_version: '1.0' }));
    expect(e.problem).toBe('unsupported-version');
    expect(e.message).toContain('does not read (it reads 2.x)');
  });

  it('refuses a plan whose changes no longer match their hash', async () => {
    const edited = structuredClone(saved);
    edited.plan.changes[0]!.requests = [{ method: 'DELETE', path: '/tags/1' }];
    const e = await refusal(await writeJson('edited.json', edited));
    expect(e.problem).toBe('corrupted');
    expect(e.message).toContain('it was edited');
  });

  it('accepts a newer minor version, extra members included', async () => {
    const minor = { ...saved, format_version: '2.7', signed_by: 'ci' };
    const read = await readSavedPlan(await writeJson('v2.7.json', minor));
    expect(read.format_version).toBe('2.7');
    expect(read.plan).toEqual(saved.plan);
  });

  it('refuses a file over 100 MB without reading it', async () => {
    const path = file('huge.json');
    await writeFile(path, '{');
    await truncate(path, MAX_SAVED_PLAN_BYTES + 1);
    const e = await refusal(path);
    expect(e.problem).toBe('too-large');
    expect(e.message).toContain('100 MB');
  });

  it('refuses a directory', async () => {
    expect((await refusal(dir)).problem).toBe('not-a-file');
  });
});

describe('hashConfig', () => {
  it('changes when the config or a body file changes, and not otherwise', async () => {
    const configPath = exampleCopy();
    const base = await hashConfig(await load(configPath));
    expect(base).toMatch(/^[0-9a-f]{64}$/);

    // Rewriting the same bytes, and adding a file no article uses, change nothing.
    await writeFile(configPath, await readFile(configPath));
    await writeFile(join(dirname(configPath), 'help-center', 'unused.md'), '# not used');
    expect(await hashConfig(await load(configPath))).toBe(base);

    const body = join(dirname(configPath), 'help-center', 'welcome.md');
    const original = await readFile(body, 'utf8');
    await writeFile(body, original + '\nOne more line.\n');
    const bodyEdited = await hashConfig(await load(configPath));
    expect(bodyEdited).not.toBe(base);
    await writeFile(body, original);
    expect(await hashConfig(await load(configPath))).toBe(base);

    const yaml = await readFile(configPath, 'utf8');
    await writeFile(
      configPath,
      yaml + '# a comment changes no object, but the file is not the same\n',
    );
    const configEdited = await hashConfig(await load(configPath));
    expect(configEdited).not.toBe(base);
    expect(configEdited).not.toBe(bodyEdited);
  });

  it('is the same for two copies of the same files in different places', async () => {
    const a = await hashConfig(await load(exampleCopy()));
    const b = await hashConfig(await load(exampleCopy()));
    expect(a).toBe(b);
  });
});

describe('fingerprint', () => {
  const obj = (fields: LiveObject['fields'], raw: unknown = {}): LiveObject => ({
    kind: 'collection',
    id: '10',
    name: 'Getting Started',
    scope: null,
    fields,
    raw,
  });

  it('ignores key order, undefined fields and the raw JSON', () => {
    const a = fingerprint(obj({ name: 'x', description: 'd', parent: null }, { url: 'a?sig=1' }));
    const b = fingerprint(
      obj({ parent: null, description: 'd', name: 'x', extra: undefined }, { url: 'b?sig=2' }),
    );
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sees a changed field, name or scope', () => {
    const a = fingerprint(obj({ name: 'x', description: 'd' }));
    expect(fingerprint(obj({ name: 'x', description: 'e' }))).not.toBe(a);
    expect(fingerprint({ ...obj({ name: 'x', description: 'd' }), name: 'Other' })).not.toBe(a);
    expect(fingerprint({ ...obj({ name: 'x', description: 'd' }), scope: '11' })).not.toBe(a);
  });
});
