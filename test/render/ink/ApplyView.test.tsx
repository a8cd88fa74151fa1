import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApplyEvent, ApplyResult } from '../../../src/apply/events.js';
import { ApplyView } from '../../../src/render/ink/ApplyView.js';
import { SPINNER_FRAMES } from '../../../src/render/ink/Spinner.js';
import { createChange, deleteChange, ESC, stripAnsi, updateChange } from '../fixtures.js';
import { stateAt } from './helpers.js';

afterEach(cleanup);

const tagA = createChange('tag', 'churn-risk');
const article = updateChange('article', 'welcome', '39');
const company = updateChange('company', 'globex', '2');
const oldTag = deleteChange('tag', 'old', '3');

const start: ApplyEvent = { type: 'apply-start', total: 3, concurrency: 4 };
const SPINNER = new RegExp(`[${SPINNER_FRAMES.join('')}]`);

function lines(frame: string | undefined): string[] {
  return (frame ?? '').split('\n');
}

function lineWith(frame: string | undefined, text: string): string {
  const found = lines(frame).find((line) => line.includes(text));
  if (found === undefined) throw new Error(`no line with ${text} in:\n${frame}`);
  return found;
}

describe('ApplyView', () => {
  it('shows every running change with a spinner, and a footer', () => {
    const state = stateAt([
      [1000, start],
      [1000, { type: 'change-start', change: tagA }],
      [1100, { type: 'change-start', change: article }],
    ]);
    const { lastFrame } = render(<ApplyView state={state} now={1500} color={false} />);
    const frame = lastFrame();
    expect(lineWith(frame, 'tag "churn-risk": creating')).toMatch(SPINNER);
    expect(lineWith(frame, 'tag "churn-risk": creating')).toContain('[500ms]');
    expect(lineWith(frame, 'article "welcome": updating')).toMatch(SPINNER);
    expect(lineWith(frame, 'article "welcome": updating')).toContain('[400ms]');
    expect(frame).toContain('Applying 3 changes (concurrency 4)');
    expect(lines(frame).at(-1)).toBe('0/3 done · 0 failed · 0 skipped · elapsed 500ms');
  });

  it('draws nothing before apply-start', () => {
    const state = stateAt([]);
    const { lastFrame } = render(<ApplyView state={state} now={0} color={false} />);
    expect(lastFrame()).toBe('');
  });

  it('moves a finished change above the running ones, with its id, and counts it', () => {
    const running = stateAt([
      [0, start],
      [0, { type: 'change-start', change: tagA }],
      [0, { type: 'change-start', change: article }],
    ]);
    const { lastFrame, rerender } = render(<ApplyView state={running} now={100} color={false} />);
    const done = stateAt(
      [[120, { type: 'change-done', change: tagA, id: '17', durationMs: 120 }]],
      running,
    );
    rerender(<ApplyView state={done} now={12_300} color={false} />);
    const frame = lastFrame() ?? '';
    const doneLine = '  ✓ tag "churn-risk": created (id 17) [120ms]';
    expect(lines(frame)).toContain(doneLine);
    // Static output is printed once, above the live area: the header, then the finished change.
    expect(frame.split(doneLine)).toHaveLength(2);
    const order = lines(frame);
    expect(order.indexOf('Applying 3 changes (concurrency 4)')).toBe(0);
    expect(order.indexOf(doneLine)).toBeLessThan(
      order.findIndex((line) => line.includes('article "welcome": updating')),
    );
    expect(frame).not.toContain('churn-risk": creating');
    expect(lines(frame).at(-1)).toBe('1/3 done · 0 failed · 0 skipped · elapsed 12.3s');
  });

  it('shows a failure with its message and hint, and counts it', () => {
    const state = stateAt([
      [0, start],
      [0, { type: 'change-start', change: article }],
      [0, { type: 'change-start', change: tagA }],
      [
        50,
        {
          type: 'change-failed',
          change: article,
          error: {
            name: 'IntercomApiError',
            message: 'author_id is invalid',
            hint: 'check author',
          },
        },
      ],
    ]);
    const { lastFrame } = render(<ApplyView state={state} now={2000} color={false} />);
    const frame = lastFrame() ?? '';
    expect(lines(frame)).toContain('  ✗ article "welcome": update failed: author_id is invalid');
    expect(lines(frame)).toContain('      hint: check author');
    expect(frame).not.toContain('welcome": updating');
    expect(lineWith(frame, 'tag "churn-risk": creating')).toMatch(SPINNER);
    expect(lines(frame).at(-1)).toBe('0/3 done · 1 failed · 0 skipped · elapsed 2.0s');
  });

  it('shows a skipped change with the failed dependency, and counts it', () => {
    const state = stateAt([
      [0, start],
      [0, { type: 'change-skipped', change: company, because: 'update:tag:beta-tester' }],
    ]);
    const { lastFrame } = render(<ApplyView state={state} now={10} color={false} />);
    const frame = lastFrame() ?? '';
    expect(lines(frame)).toContain(
      '  - company "globex": skipped (depends on failed tag "beta-tester")',
    );
    expect(lines(frame).at(-1)).toBe('0/3 done · 0 failed · 1 skipped · elapsed 10ms');
  });

  it('ends with the apply summary and the engine’s own duration, no spinner left', () => {
    const error = { name: 'Error', message: 'socket hang up' };
    const result: ApplyResult = {
      applied: [tagA, oldTag],
      failed: [{ change: article, error }],
      skipped: [],
      durationMs: 4200,
    };
    const state = stateAt([
      [0, start],
      [0, { type: 'change-start', change: tagA }],
      [0, { type: 'change-start', change: oldTag }],
      [0, { type: 'change-start', change: article }],
      [10, { type: 'change-done', change: tagA, id: '17', durationMs: 10 }],
      [20, { type: 'change-done', change: oldTag, id: '3', durationMs: 20 }],
      [30, { type: 'change-failed', change: article, error }],
      [40, { type: 'apply-done', result }],
    ]);
    const { lastFrame } = render(<ApplyView state={state} now={99_999} color={false} />);
    const frame = lastFrame() ?? '';
    expect(frame).not.toMatch(SPINNER);
    expect(lines(frame)).toContain('2/3 done · 1 failed · 0 skipped · elapsed 4.2s');
    expect(lines(frame)).toContain('Apply complete: 2 applied, 1 failed, 0 skipped.');
    expect(frame).toContain('Nothing was rolled back.');
    expect(frame.indexOf('elapsed 4.2s')).toBeLessThan(frame.indexOf('Apply complete'));
  });

  it('leaves the summary out when asked (the CLI prints it on stdout)', () => {
    const result: ApplyResult = { applied: [tagA], failed: [], skipped: [], durationMs: 5 };
    const state = stateAt([
      [0, { type: 'apply-start', total: 1, concurrency: 1 }],
      [5, { type: 'change-done', change: tagA, id: '1', durationMs: 5 }],
      [5, { type: 'apply-done', result }],
    ]);
    const { lastFrame } = render(<ApplyView state={state} now={5} color={false} summary={false} />);
    expect(lastFrame()).not.toContain('Apply complete');
    expect(lines(lastFrame()).at(-1)).toBe('1/1 done · 0 failed · 0 skipped · elapsed 5ms');
  });

  it('colours marks and non-zero counts only when asked', () => {
    const state = stateAt([
      [0, start],
      [0, { type: 'change-done', change: tagA, id: '1', durationMs: 5 }],
      [0, { type: 'change-failed', change: article, error: { name: 'E', message: 'boom' } }],
    ]);
    const coloured = render(<ApplyView state={state} now={0} color={true} />).lastFrame() ?? '';
    expect(coloured).toContain(`${ESC}32m✓`);
    expect(coloured).toContain(`${ESC}31m1 failed`);
    expect(stripAnsi(coloured)).toContain('0 skipped');
    const plain = render(<ApplyView state={state} now={0} color={false} />).lastFrame() ?? '';
    expect(plain).not.toContain(ESC);
  });
});
