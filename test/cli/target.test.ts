import { describe, expect, it } from 'vitest';
import { usesSandbox } from '../../src/cli/target.js';

describe('usesSandbox', () => {
  it('is implied by a sandbox state or seed file, and off otherwise', () => {
    expect(usesSandbox({})).toBe(false);
    expect(usesSandbox({ sandbox: false })).toBe(false);
    expect(usesSandbox({ sandbox: true })).toBe(true);
    expect(usesSandbox({ sandboxState: 'state.json' })).toBe(true);
    expect(usesSandbox({ sandboxSeed: 'seed.json' })).toBe(true);
  });
});
