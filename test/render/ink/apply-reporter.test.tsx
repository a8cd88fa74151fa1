import { describe, expect, it } from 'vitest';
import type { ApplyResult } from '../../../src/apply/events.js';
import { createInkApplyReporter } from '../../../src/render/ink/apply-reporter.js';
import { createChange, stripAnsi, updateChange } from '../fixtures.js';
import { FakeTerminal } from './helpers.js';

const SHOW_CURSOR = '\u001b[?25h';
const tag = createChange('tag', 'churn-risk');
const article = updateChange('article', 'welcome', '39');
const error = { name: 'IntercomApiError', message: 'author_id is invalid', hint: 'check author' };
const result: ApplyResult = {
  applied: [tag],
  failed: [{ change: article, error }],
  skipped: [],
  durationMs: 1234,
};

function clock(start = 0): { now: () => number; advance(ms: number): void } {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

describe('createInkApplyReporter', () => {
  it('draws every settled change and the summary by the time finish() resolves', async () => {
    const terminal = new FakeTerminal();
    const time = clock(1000);
    const reporter = createInkApplyReporter({
      stdout: terminal.asStream(),
      now: time.now,
      color: false,
      tickMs: 0,
    });
    reporter.onEvent({ type: 'apply-start', total: 2, concurrency: 2 });
    reporter.onEvent({ type: 'change-start', change: tag });
    reporter.onEvent({ type: 'change-start', change: article });
    time.advance(120);
    reporter.onEvent({ type: 'change-done', change: tag, id: '17', durationMs: 120 });
    reporter.onEvent({ type: 'change-failed', change: article, error });
    reporter.onEvent({ type: 'apply-done', result });
    await reporter.finish();

    const text = stripAnsi(terminal.text());
    expect(text).toContain('Applying 2 changes (concurrency 2)');
    expect(text).toContain('  ✓ tag "churn-risk": created (id 17) [120ms]');
    expect(text).toContain('  ✗ article "welcome": update failed: author_id is invalid');
    expect(text).toContain('1/2 done · 1 failed · 0 skipped · elapsed 1.2s');
    expect(text).toContain('Apply complete: 1 applied, 1 failed, 0 skipped.');
    expect(text.lastIndexOf('✓ tag "churn-risk"')).toBeLessThan(text.lastIndexOf('Apply complete'));
  });

  it('uses the injected clock for running changes', async () => {
    const terminal = new FakeTerminal();
    const time = clock(5000);
    const reporter = createInkApplyReporter({
      stdout: terminal.asStream(),
      now: time.now,
      color: false,
      tickMs: 0,
    });
    reporter.onEvent({ type: 'apply-start', total: 1, concurrency: 1 });
    reporter.onEvent({ type: 'change-start', change: tag });
    time.advance(2500);
    // Cut short (the engine threw): finish still draws the last frame and lets go.
    await reporter.finish();
    const text = stripAnsi(terminal.text());
    expect(text).toContain('tag "churn-risk": creating [2.5s]');
    expect(text).toContain('0/1 done · 0 failed · 0 skipped · elapsed 2.5s');
  });

  it('ignores events after finish and can be finished twice', async () => {
    const terminal = new FakeTerminal();
    const reporter = createInkApplyReporter({
      stdout: terminal.asStream(),
      color: false,
      tickMs: 0,
    });
    reporter.onEvent({ type: 'apply-start', total: 1, concurrency: 1 });
    await reporter.finish();
    const before = terminal.text();
    reporter.onEvent({ type: 'change-start', change: tag });
    await reporter.finish();
    expect(terminal.text()).toBe(before);
    expect(before).toContain('0/1 done');
  });

  it('unmounts on finish, giving the cursor back before it resolves', async () => {
    const terminal = new FakeTerminal();
    terminal.isTTY = true;
    const reporter = createInkApplyReporter({
      stdout: terminal.asStream(),
      color: false,
      tickMs: 0,
    });
    reporter.onEvent({ type: 'apply-start', total: 1, concurrency: 1 });
    reporter.onEvent({ type: 'apply-done', result: { ...result, applied: [], failed: [] } });
    await reporter.finish();
    expect(terminal.text().endsWith(SHOW_CURSOR)).toBe(true);
  });

  it('stops its ticker on finish, so nothing keeps drawing', async () => {
    const terminal = new FakeTerminal();
    const reporter = createInkApplyReporter({
      stdout: terminal.asStream(),
      color: false,
      tickMs: 5,
    });
    reporter.onEvent({ type: 'apply-start', total: 1, concurrency: 1 });
    reporter.onEvent({ type: 'change-start', change: tag });
    await reporter.finish();
    const written = terminal.chunks.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(terminal.chunks.length).toBe(written);
  });
});
