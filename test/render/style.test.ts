import { describe, expect, it } from 'vitest';
import { createStyle } from '../../src/render/style.js';

describe('createStyle', () => {
  it('wraps text in ANSI codes when colour is on', () => {
    const style = createStyle(true);
    expect(style.green('ok')).toBe('\u001b[32mok\u001b[39m');
    expect(style.yellow('ok')).toBe('\u001b[33mok\u001b[39m');
    expect(style.red('ok')).toBe('\u001b[31mok\u001b[39m');
    expect(style.cyan('ok')).toBe('\u001b[36mok\u001b[39m');
    expect(style.bold('ok')).toBe('\u001b[1mok\u001b[22m');
    expect(style.dim('ok')).toBe('\u001b[2mok\u001b[22m');
  });

  it('returns text unchanged when colour is off', () => {
    const style = createStyle(false);
    for (const paint of Object.values(style)) expect(paint('ok')).toBe('ok');
  });

  it('leaves an empty string empty', () => {
    expect(createStyle(true).red('')).toBe('');
  });
});
