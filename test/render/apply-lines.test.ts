import { describe, expect, it } from 'vitest';
import { formatApplyEvent } from '../../src/render/apply-lines.js';
import { createChange, deleteChange, ESC, updateChange } from './fixtures.js';

const plain = { color: false };

describe('formatApplyEvent', () => {
  it('announces the start with the total and concurrency', () => {
    expect(formatApplyEvent({ type: 'apply-start', total: 7, concurrency: 4 }, plain)).toBe(
      'Applying 7 changes (concurrency 4)',
    );
    expect(formatApplyEvent({ type: 'apply-start', total: 1, concurrency: 1 }, plain)).toBe(
      'Applying 1 change (concurrency 1)',
    );
  });

  it('names the action when a change starts', () => {
    const start = (change: Parameters<typeof formatApplyEvent>[0] & { type: 'change-start' }) =>
      formatApplyEvent(change, plain);
    expect(start({ type: 'change-start', change: createChange('tag', 'churn-risk') })).toBe(
      '  ... tag "churn-risk": creating',
    );
    expect(start({ type: 'change-start', change: updateChange('article', 'welcome', '39') })).toBe(
      '  ... article "welcome": updating',
    );
    expect(start({ type: 'change-start', change: deleteChange('company', 'old-co', '5') })).toBe(
      '  ... company "old-co": deleting',
    );
  });

  it('reports a finished change with its id and duration', () => {
    expect(
      formatApplyEvent(
        {
          type: 'change-done',
          change: createChange('tag', 'churn-risk'),
          id: '17',
          durationMs: 120,
        },
        plain,
      ),
    ).toBe('  ✓ tag "churn-risk": created (id 17) [120ms]');
    expect(
      formatApplyEvent(
        { type: 'change-done', change: deleteChange('tag', 'old', '3'), id: '3', durationMs: 2340 },
        plain,
      ),
    ).toBe('  ✓ tag "old": deleted (id 3) [2.3s]');
  });

  it('reports a failure with its message and, when present, the hint on a second line', () => {
    const change = updateChange('article', 'welcome', '39');
    expect(
      formatApplyEvent(
        {
          type: 'change-failed',
          change,
          error: {
            name: 'IntercomApiError',
            message: 'author_id is invalid',
            hint: 'check author',
          },
        },
        plain,
      ),
    ).toBe('  ✗ article "welcome": update failed: author_id is invalid\n      hint: check author');
    expect(
      formatApplyEvent(
        { type: 'change-failed', change, error: { name: 'Error', message: 'socket hang up' } },
        plain,
      ),
    ).toBe('  ✗ article "welcome": update failed: socket hang up');
  });

  it('reads the ref of the failed dependency when a change is skipped', () => {
    expect(
      formatApplyEvent(
        {
          type: 'change-skipped',
          change: updateChange('company', 'globex', '2'),
          because: 'update:tag:beta-tester',
        },
        plain,
      ),
    ).toBe('  - company "globex": skipped (depends on failed tag "beta-tester")');
  });

  it('shows a reason that is not a ref as it is', () => {
    expect(
      formatApplyEvent(
        {
          type: 'change-skipped',
          change: createChange('tag', 'x'),
          because: 'apply was interrupted',
        },
        plain,
      ),
    ).toBe('  - tag "x": skipped (apply was interrupted)');
  });

  it('leaves apply-done to the result renderer', () => {
    const result = { applied: [], failed: [], skipped: [], durationMs: 0 };
    expect(formatApplyEvent({ type: 'apply-done', result }, plain)).toBeUndefined();
  });

  it('colours the marks only when asked', () => {
    const done = {
      type: 'change-done',
      change: createChange('tag', 'a'),
      id: '1',
      durationMs: 5,
    } as const;
    expect(formatApplyEvent(done, { color: true })).toContain(`${ESC}32m✓${ESC}39m`);
    expect(formatApplyEvent(done, plain)).not.toContain('\u001b');
    const failed = {
      type: 'change-failed',
      change: createChange('tag', 'a'),
      error: { name: 'Error', message: 'boom' },
    } as const;
    expect(formatApplyEvent(failed, { color: true })).toContain(`${ESC}31m✗${ESC}39m`);
  });
});

describe('formatApplyEvent: recovered changes', () => {
  it('says when a change succeeded only after a lost answer was checked', () => {
    const change = createChange('article', 'welcome', []);
    const line = formatApplyEvent(
      { type: 'change-done', change, id: '42', durationMs: 5, recovered: true },
      { color: false },
    );
    expect(line).toBe(
      '  ✓ article "welcome": created (id 42) after a lost answer was checked [5ms]',
    );
    const plain = formatApplyEvent(
      { type: 'change-done', change, id: '42', durationMs: 5 },
      { color: false },
    );
    expect(plain).toBe('  ✓ article "welcome": created (id 42) [5ms]');
  });
});
