import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireApplyLock, lockPathFor } from '../../src/apply/apply-lock.js';
import { openJournal } from '../../src/apply/journal.js';
import { makePlan } from '../render/fixtures.js';

const journalIn = (): string =>
  join(mkdtempSync(join(tmpdir(), 'iac-lock-')), '.iac', 'journal.jsonl');

describe('the apply lock', () => {
  it('refuses a second apply while the first holds the lock, naming the holder', async () => {
    const journal = journalIn();
    const first = await acquireApplyLock(journal, { pid: 4242, host: 'ci-1', alive: () => true });
    await expect(
      acquireApplyLock(journal, { pid: 4343, host: 'ci-1', alive: () => true }),
    ).rejects.toThrow(/another apply is running on this config: process 4242 on ci-1/);
    await first.release();
    const again = await acquireApplyLock(journal, { pid: 4343, host: 'ci-1' });
    expect(JSON.parse(readFileSync(again.path, 'utf8'))).toMatchObject({ pid: 4343, host: 'ci-1' });
    await again.release();
  });

  it('takes over a lock whose process is gone on this host, but not one held on another host', async () => {
    const journal = journalIn();
    await acquireApplyLock(journal, { pid: 1, host: 'ci-1' });
    const dead = () => false;
    await expect(acquireApplyLock(journal, { pid: 2, host: 'ci-2', alive: dead })).rejects.toThrow(
      /process 1 on ci-1/,
    );
    const taken = await acquireApplyLock(journal, { pid: 2, host: 'ci-1', alive: dead });
    expect(JSON.parse(readFileSync(taken.path, 'utf8')).pid).toBe(2);
  });

  it('never follows a symlink planted where the lock or the journal goes', async () => {
    const journal = journalIn();
    const target = join(mkdtempSync(join(tmpdir(), 'iac-victim-')), 'victim.txt');
    writeFileSync(target, 'precious');
    const lock = await acquireApplyLock(journal, { pid: 7, host: 'h' });
    await lock.release();
    symlinkSync(target, lockPathFor(journal));
    await expect(acquireApplyLock(journal, { pid: 8, host: 'h' })).rejects.toThrow(/another apply/);
    symlinkSync(target, journal);
    await expect(openJournal(journal, makePlan())).rejects.toThrow(/journal/);
    expect(readFileSync(target, 'utf8')).toBe('precious');
  });
});
