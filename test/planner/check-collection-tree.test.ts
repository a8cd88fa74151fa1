// Found by the generative suite: what Intercom does to the collection tree on its own (children
// go with their parent; nothing moves inside itself) must be refused at plan, with a position.
import { describe, expect, it } from 'vitest';
import { checkCollectionTree } from '../../src/planner/check-collection-tree.js';
import { createRefs } from '../../src/planner/plan-refs.js';
import { deleteChange, updateChange } from '../render/fixtures.js';
import { desiredWith, live, pos } from './fakes.js';

const parent = live('collection', '1', 'Parent', {}, null);
const child = live('collection', '2', 'Child', {}, '1');
const grandchild = live('collection', '3', 'Grandchild', {}, '2');

function refsFor(matches: [string, typeof parent][]) {
  const refs = createRefs(desiredWith());
  refs.addLive([parent, child, grandchild]);
  for (const [key, l] of matches) refs.recordMatch('collection', key, l);
  return refs;
}

describe('checkCollectionTree', () => {
  it('refuses a declared child that stays inside a parent the plan deletes', () => {
    const refs = refsFor([['child', child]]);
    const desired = desiredWith();
    const update = updateChange(
      'collection',
      'child',
      '2',
      [{ field: 'name', before: 'Child', after: 'Kid' }],
      {
        desired: { ...updateChange('collection', 'child', '2').desired, pos: pos(7) },
      },
    );
    const problems = checkCollectionTree(
      [deleteChange('collection', 'Parent', '1'), update],
      [parent, child],
      refs,
      desired,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        pos: pos(7),
        message: expect.stringContaining(
          'collection "child" (id 2) would be deleted with its parent',
        ),
      }),
    ]);
  });

  it('accepts the same plan once the child is moved out first', () => {
    const refs = refsFor([['child', child]]);
    const moved = updateChange('collection', 'child', '2', [
      { field: 'parent', before: 'Parent', after: null },
    ]);
    expect(
      checkCollectionTree(
        [deleteChange('collection', 'Parent', '1'), moved],
        [parent, child],
        refs,
        desiredWith(),
      ),
    ).toEqual([]);
  });

  it('refuses deleting a parent whose unmanaged child would go with it, at the prune setting', () => {
    const desired = desiredWith({ settingsPos: { prune: { collections: pos(3) }, protected: [] } });
    const problems = checkCollectionTree(
      [deleteChange('collection', 'Parent', '1')],
      [parent, child],
      refsFor([]),
      desired,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        pos: pos(3),
        message: expect.stringContaining('which the config does not manage'),
      }),
    ]);
  });

  it('refuses a move under its own descendant, and accepts a move elsewhere', () => {
    const refs = refsFor([
      ['parent', parent],
      ['grandchild', grandchild],
    ]);
    const intoOwn = updateChange('collection', 'parent', '1', [
      { field: 'parent', before: null, after: 'grandchild' },
    ]);
    expect(
      checkCollectionTree([intoOwn], [parent, child, grandchild], refs, desiredWith()),
    ).toEqual([
      expect.objectContaining({ message: expect.stringContaining('would be moved inside itself') }),
    ]);
    const out = updateChange('collection', 'grandchild', '3', [
      { field: 'parent', before: 'Child', after: null },
    ]);
    expect(
      checkCollectionTree([intoOwn, out], [parent, child, grandchild], refs, desiredWith()),
    ).toEqual([]);
  });
});

describe('checkCollectionTree through a collection the plan creates', () => {
  it('refuses a move under a new collection that is itself under the moved one', async () => {
    const { createChange } = await import('../render/fixtures.js');
    const refs = refsFor([
      ['parent', parent],
      ['child', child],
    ]);
    const created = createChange('collection', 'new-one', [], {
      desired: {
        ...createChange('collection', 'new-one').desired,
        fields: { name: 'New', parent: 'child' },
      },
    });
    const intoNew = updateChange('collection', 'parent', '1', [
      { field: 'parent', before: null, after: 'new-one' },
    ]);
    expect(checkCollectionTree([created, intoNew], [parent, child], refs, desiredWith())).toEqual([
      expect.objectContaining({ message: expect.stringContaining('would be moved inside itself') }),
    ]);
    const elsewhere = createChange('collection', 'new-one', [], {
      desired: {
        ...createChange('collection', 'new-one').desired,
        fields: { name: 'New', parent: null },
      },
    });
    expect(checkCollectionTree([elsewhere, intoNew], [parent, child], refs, desiredWith())).toEqual(
      [],
    );
  });
});
