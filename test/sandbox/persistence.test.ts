// --state files: a second sandbox must resume exactly where the first stopped.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseSeed, get, post, put, start } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandbox-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('statePath', () => {
  it('saves after every write and a new sandbox resumes from the file, not the seed', async () => {
    const statePath = join(dir, 'state.json');
    const first = await start({ seed: baseSeed, statePath });
    const tag = await post(first, '/tags', { name: 'persisted' });
    await put(first, '/articles/31', {
      title: 'Renamed',
      body: '<img src="https://x.example/i.png">',
    });
    const onDisk = JSON.parse(await readFile(statePath, 'utf8'));
    expect(onDisk.tags.map((t: { name: string }) => t.name)).toContain('persisted');
    await first.close();

    const second = await start({
      seed: { admins: [{ id: '9', name: 'Other', email: 'o@x.example' }] },
      statePath,
    });
    expect((await get(second, `/tags/${tag.body.id}`)).body.name).toBe('persisted');
    expect((await get(second, '/articles/31')).body.title).toBe('Renamed');
    // Ids keep counting from where the first run stopped.
    expect((await post(second, '/tags', { name: 'next' })).body.id).toBe(
      String(Number(tag.body.id) + 1),
    );
  });

  it('keeps image paths across restarts', async () => {
    const statePath = join(dir, 'state.json');
    const first = await start({ seed: baseSeed, statePath });
    const a = await put(first, '/articles/31', { body: '<img src="https://x.example/i.png">' });
    await first.close();
    const second = await start({ statePath });
    const b = await get(second, '/articles/31');
    const path = (s: string) => /intercomcdn\.com\/i\/o\/([^?]+)\?/.exec(s)?.[1];
    expect(path(b.body.body)).toBe(path(a.body.body));
  });

  it('writes the seeded state on start and refuses a corrupt state file', async () => {
    const statePath = join(dir, 'state.json');
    await start({ seed: baseSeed, statePath });
    expect(JSON.parse(await readFile(statePath, 'utf8'))).toMatchObject({
      version: 1,
      app: { id_code: 'test1234' },
    });
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{oops');
    await expect(start({ statePath: bad })).rejects.toThrow(/not valid JSON/);
  });
});
