import { describe, expect, it } from 'vitest';
import type { ApplyResult } from '../../src/apply/events.js';
import { renderApplyResult } from '../../src/render/apply-result.js';
import { createChange, deleteChange, ESC, stripAnsi, updateChange } from './fixtures.js';

const plain = { color: false };

describe('renderApplyResult', () => {
  it('is one line when everything was applied', () => {
    const result: ApplyResult = {
      applied: [createChange('tag', 'a'), createChange('tag', 'b'), deleteChange('tag', 'c', '3')],
      failed: [],
      skipped: [],
      durationMs: 900,
    };
    expect(renderApplyResult(result, plain)).toBe('Apply complete: 3 applied.');
  });

  const partial: ApplyResult = {
    applied: [createChange('tag', 'vip'), createChange('collection', 'billing')],
    failed: [
      {
        change: updateChange('tag', 'beta-tester', '7'),
        error: { name: 'IntercomApiError', message: 'Name already exists', hint: 'pin the id' },
      },
    ],
    skipped: [
      { change: updateChange('company', 'globex', '2'), because: 'update:tag:beta-tester' },
      { change: createChange('article', 'faq'), because: 'create:collection:help' },
    ],
    durationMs: 1500,
  };

  it('lists what failed and what was not applied, then how to retry', () => {
    expect(renderApplyResult(partial, plain).split('\n')).toEqual([
      'Apply complete: 2 applied, 1 failed, 2 skipped.',
      '',
      'Failed:',
      '  ✗ tag "beta-tester": update failed: Name already exists',
      '      hint: pin the id',
      '',
      'Not applied (skipped):',
      '  - company "globex": depends on failed tag "beta-tester"',
      '  - article "faq": depends on failed collection "help"',
      '',
      'Nothing was rolled back. Run `apply` again to retry what is left: a fresh plan contains only what still differs.',
    ]);
  });

  it('omits an empty list', () => {
    const onlyFailed: ApplyResult = { ...partial, skipped: [] };
    const out = renderApplyResult(onlyFailed, plain);
    expect(out).toContain('Apply complete: 2 applied, 1 failed, 0 skipped.');
    expect(out).toContain('Failed:');
    expect(out).not.toContain('Not applied (skipped):');
    expect(out).toContain('Run `apply` again');
  });

  it('colours counts when asked and nothing otherwise', () => {
    const out = renderApplyResult(partial, { color: true });
    expect(out).toContain(`${ESC}31m1 failed${ESC}39m`);
    expect(out).toContain(`${ESC}33m2 skipped${ESC}39m`);
    expect(renderApplyResult(partial, plain)).not.toContain('\u001b');
    expect(stripAnsi(out)).toBe(renderApplyResult(partial, plain));
  });
});
