import { describe, expect, it } from 'vitest';
import { kindCount, plural } from '../../src/render/format.js';

describe('counts in prose', () => {
  it.each([
    [1, 'tag', '1 tag'],
    [2, 'tag', '2 tags'],
    [1, 'company', '1 company'],
    [2, 'company', '2 companies'],
    [0, 'article', '0 articles'],
  ] as const)('%i %s reads "%s"', (n, kind, text) => {
    expect(kindCount(n, kind)).toBe(text);
  });

  it('uses the given plural form', () => {
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });
});
