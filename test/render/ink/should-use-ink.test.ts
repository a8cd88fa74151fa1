import { describe, expect, it } from 'vitest';
import { shouldUseInk } from '../../../src/render/ink/should-use-ink.js';

describe('shouldUseInk', () => {
  it('uses ink on a terminal outside CI', () => {
    expect(shouldUseInk({ TERM: 'xterm-256color' }, true)).toBe(true);
    expect(shouldUseInk({}, true)).toBe(true);
    expect(shouldUseInk({ CI: '' }, true)).toBe(true);
  });

  it('keeps plain lines for pipes, CI and dumb terminals', () => {
    expect(shouldUseInk({ TERM: 'xterm' }, false)).toBe(false);
    expect(shouldUseInk({ CI: 'true' }, true)).toBe(false);
    expect(shouldUseInk({ CI: '1', TERM: 'xterm' }, true)).toBe(false);
    expect(shouldUseInk({ TERM: 'dumb' }, true)).toBe(false);
  });
});
