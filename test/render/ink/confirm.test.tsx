import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmWithInk } from '../../../src/render/ink/confirm.js';
import { ConfirmPrompt, DEFAULT_QUESTION } from '../../../src/render/ink/ConfirmPrompt.js';
import { BACKSPACE, CTRL_C, ENTER, ESCAPE, FakeKeyboard, FakeTerminal } from './helpers.js';

afterEach(cleanup);

/** The input's own cursor block, drawn while it waits for keys. */
const INVERSE = '\u001b[7m';

/** Mounts the prompt and waits until ink is reading keys, so no keystroke is lost. */
async function mountPrompt() {
  const onAnswer = vi.fn<(accepted: boolean) => void>();
  const app = render(<ConfirmPrompt onAnswer={onAnswer} color={false} />);
  await vi.waitFor(() => expect(app.stdin.listenerCount('readable')).toBeGreaterThan(0));
  return { ...app, onAnswer };
}

async function answerWith(...keys: string[]) {
  const app = await mountPrompt();
  for (const key of keys) app.stdin.write(key);
  await vi.waitFor(() => expect(app.onAnswer).toHaveBeenCalled());
  expect(app.onAnswer).toHaveBeenCalledTimes(1);
  return { accepted: app.onAnswer.mock.calls[0]?.[0], frame: app.lastFrame() ?? '' };
}

describe('ConfirmPrompt', () => {
  it('asks the question with an empty input', async () => {
    const { lastFrame } = await mountPrompt();
    expect(lastFrame()).toContain(DEFAULT_QUESTION);
    expect(DEFAULT_QUESTION).toBe(
      'Do you want to perform these actions? Only "yes" will be accepted:',
    );
    expect(lastFrame()).toContain(`Enter a value: ${INVERSE}`);
  });

  it('echoes what is typed', async () => {
    const app = await mountPrompt();
    app.stdin.write('ye');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('Enter a value: ye'));
    expect(app.onAnswer).not.toHaveBeenCalled();
  });

  it('accepts exactly "yes" followed by Enter, and keeps the answer on screen', async () => {
    const { accepted, frame } = await answerWith('y', 'e', 's', ENTER);
    expect(accepted).toBe(true);
    expect(frame).toContain('Enter a value: yes');
    expect(frame).not.toContain(INVERSE);
    expect(frame).not.toContain('cancelled');
  });

  it('accepts a pasted "yes⏎"', async () => {
    expect((await answerWith(`yes${ENTER}`)).accepted).toBe(true);
  });

  it('declines "no", "y", "YES", " yes" and an empty answer', async () => {
    for (const answer of ['no', 'y', 'YES', ' yes', '']) {
      expect((await answerWith(answer, ENTER)).accepted, answer).toBe(false);
      cleanup();
    }
  });

  it('applies backspace before judging the answer', async () => {
    expect((await answerWith('yess', BACKSPACE, ENTER)).accepted).toBe(true);
    cleanup();
    expect((await answerWith('yes', BACKSPACE, ENTER)).accepted).toBe(false);
  });

  it('declines on Escape, even after typing "yes", and says it was cancelled', async () => {
    const { accepted, frame } = await answerWith('yes', ESCAPE);
    expect(accepted).toBe(false);
    expect(frame).toContain('Enter a value: yes (cancelled)');
  });

  it('declines on Ctrl-C', async () => {
    expect((await answerWith('yes', CTRL_C)).accepted).toBe(false);
  });

  it('ignores keys after the answer', async () => {
    const app = await mountPrompt();
    app.stdin.write('no');
    app.stdin.write(ENTER);
    await vi.waitFor(() => expect(app.onAnswer).toHaveBeenCalledWith(false));
    app.stdin.write('yes');
    app.stdin.write(ENTER);
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.onAnswer).toHaveBeenCalledTimes(1);
    expect(app.lastFrame()).toContain('Enter a value: no');
    expect(app.lastFrame()).not.toContain('Enter a value: noyes');
  });
});

describe('confirmWithInk', () => {
  async function ask(keys: string[]) {
    const keyboard = new FakeKeyboard();
    const terminal = new FakeTerminal();
    const answer = confirmWithInk({
      stdin: keyboard.asStream(),
      stdout: terminal.asStream(),
      color: false,
    });
    await vi.waitFor(() => expect(keyboard.listenerCount('readable')).toBeGreaterThan(0));
    for (const key of keys) keyboard.type(key);
    return { accepted: await answer, keyboard, terminal };
  }

  it('resolves true for "yes⏎" and gives the terminal back', async () => {
    const { accepted, keyboard, terminal } = await ask(['yes', ENTER]);
    expect(accepted).toBe(true);
    expect(keyboard.rawModeCalls.at(-1)).toBe(false);
    expect(keyboard.listenerCount('readable')).toBe(0);
    expect(terminal.text()).toContain(DEFAULT_QUESTION);
  });

  it('resolves false for "no⏎" and on Escape', async () => {
    expect((await ask(['no', ENTER])).accepted).toBe(false);
    expect((await ask(['yes', ESCAPE])).accepted).toBe(false);
  });

  it('shows a custom question', async () => {
    const keyboard = new FakeKeyboard();
    const terminal = new FakeTerminal();
    const answer = confirmWithInk({
      stdin: keyboard.asStream(),
      stdout: terminal.asStream(),
      question: 'Delete 3 tags?',
      color: false,
    });
    await vi.waitFor(() => expect(keyboard.listenerCount('readable')).toBeGreaterThan(0));
    keyboard.type(`yes${ENTER}`);
    expect(await answer).toBe(true);
    expect(terminal.text()).toContain('Delete 3 tags?');
  });

  it('refuses to wait on a stdin that is not a terminal', async () => {
    const keyboard = new FakeKeyboard();
    keyboard.isTTY = false;
    await expect(
      confirmWithInk({ stdin: keyboard.asStream(), stdout: new FakeTerminal().asStream() }),
    ).rejects.toThrow(/terminal/);
  });
});
