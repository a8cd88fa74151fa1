import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { diffFields, sameValue } from '../../src/providers/diff-fields.js';

beforeAll(() => nock.disableNetConnect());

describe('diffFields', () => {
  it('lists every managed field with only `after` on create, in desired key order', () => {
    expect(diffFields({ b: 1, a: 'x', skipped: undefined, c: null }, undefined)).toEqual([
      { field: 'b', after: 1 },
      { field: 'a', after: 'x' },
      { field: 'c', after: null },
    ]);
  });

  it('never diffs a field that is undefined on the desired side', () => {
    expect(
      diffFields({ name: 'a', description: undefined }, { name: 'a', description: 'live' }),
    ).toEqual([]);
  });

  it('reports changed fields with before and after, and a missing live field as null', () => {
    expect(diffFields({ name: 'new', plan: 'Pro', size: 3 }, { name: 'old', size: 3 })).toEqual([
      { field: 'name', before: 'old', after: 'new' },
      { field: 'plan', before: null, after: 'Pro' },
    ]);
  });

  it('marks text fields for a line diff', () => {
    expect(
      diffFields({ body: '<p>b</p>' }, { body: '<p>a</p>' }, { textFields: ['body'] }),
    ).toEqual([{ field: 'body', before: '<p>a</p>', after: '<p>b</p>', format: 'text' }]);
  });

  it.each([
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['b', 'a'], false],
    [['a'], ['a', 'b'], false],
    [{ x: 1 }, { x: 1 }, true],
    [{ x: 1 }, { x: '1' }, false],
    [{ x: 1 }, { y: 1 }, false],
    [null, 0, false],
    [1, '1', false],
    [false, null, false],
  ] as const)('sameValue(%j, %j) is %s', (a, b, same) => {
    expect(sameValue(a as never, b as never)).toBe(same);
  });
});
