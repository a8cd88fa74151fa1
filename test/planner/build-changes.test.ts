// The contract the next kinds need (data attributes archive instead of delete, and have fields
// that never change): both are facts in the kind table, and the planner acts on them.
import { describe, expect, it } from 'vitest';
import { buildChanges } from '../../src/planner/build-changes.js';
import { createRefs } from '../../src/planner/plan-refs.js';
import { KINDS } from '../../src/model/kinds.js';
import { desiredWith, fakeProvider, live, want } from './fakes.js';

function build(facts: Partial<(typeof KINDS)['tag']>, fields: Record<string, string>) {
  const desired = desiredWith({
    prune: { tags: true, collections: false, articles: false, companies: false },
  });
  const wanted = [want('tag', 'vip', { name: 'vip', ...fields })];
  const current = live('tag', '1', 'vip', { data_type: 'string' });
  const stray = live('tag', '2', 'old');
  const provider = fakeProvider({ kind: 'tag', desired: wanted, live: [current, stray] });
  return buildChanges({
    provider,
    desired,
    wanted,
    matched: new Map([['vip', current]]),
    unmatched: [stray],
    refs: createRefs(desired),
    facts: { ...KINDS.tag, ...facts },
  });
}

describe('kind facts the planner acts on', () => {
  it('refuses a change to a field that can never change, with the position and a hint', () => {
    const { changes, problems } = build(
      { immutableFields: ['data_type'] },
      { data_type: 'number' },
    );
    expect(changes.filter((c) => c.action === 'update')).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        pos: expect.objectContaining({ line: 1 }),
        message: 'tag "vip" (id 1): data_type cannot be changed once created',
      }),
    ]);
  });

  it('updates the same field when the kind allows it', () => {
    const { changes, problems } = build({}, { data_type: 'number' });
    expect(problems).toEqual([]);
    expect(changes.find((c) => c.action === 'update')?.fields).toEqual([
      { field: 'data_type', before: 'string', after: 'number' },
    ]);
  });

  it('says "archived" for a kind whose delete archives', () => {
    const { changes } = build({ deleteMode: 'archive' }, {});
    const removal = changes.find((c) => c.action === 'delete')!;
    expect(removal.message).toBe('tag "old" (id 2) will be archived (prune.tags is on)');
    expect(build({}, {}).changes.find((c) => c.action === 'delete')!.message).toContain(
      'will be deleted',
    );
  });
});

describe('names compare in NFC', () => {
  it('matches a decomposed desired name with the composed live one', async () => {
    const { matchKind } = await import('../../src/planner/match.js');
    const desired = desiredWith();
    const wanted = [want('tag', 'cafe\u0301', { name: 'cafe\u0301' })];
    const current = live('tag', '1', 'caf\u00e9');
    const provider = fakeProvider({ kind: 'tag', desired: wanted, live: [current] });
    const result = matchKind(provider, wanted, [current], createRefs(desired), () => {});
    expect(result.matched.get('cafe\u0301')?.id).toBe('1');
  });
});

describe('an absent entry stays in the scope it names', () => {
  it('matches nothing rather than the same name under another parent', async () => {
    const { matchKind } = await import('../../src/planner/match.js');
    const desired = desiredWith();
    const gone = want('collection', 'faq', { name: 'FAQ' }, { ensure: 'absent', parent: 'top' });
    const other = live('collection', '9', 'FAQ', {}, '5');
    const provider = fakeProvider({
      kind: 'collection',
      parentKind: 'collection',
      desired: [gone],
      live: [other],
    });
    const refs = createRefs(desired);
    refs.recordMatch('collection', 'top', live('collection', '4', 'Top', {}, null));
    const result = matchKind(provider, [gone], [other], refs, () => {});
    expect(result.matched.size).toBe(0);
    expect(result.unmatched.map((l) => l.id)).toEqual(['9']);
  });
});
