// The bulk thresholds refuse exactly the plans that touch more than the allowed share of a
// kind, with the numbers in the message, and nothing else: small kinds, creates and other kinds'
// changes never count. Also checks that createPlan records the live counts the check needs.
import { describe, expect, it } from 'vitest';
import { checkThresholds } from '../../src/planner/safety.js';
import { createPlan } from '../../src/planner/create-plan.js';
import { UnsafePlanError } from '../../src/errors/unsafe-plan-error.js';
import { UserError } from '../../src/errors/user-error.js';
import type { Change } from '../../src/model/change.js';
import type { Kind } from '../../src/model/objects.js';
import { createChange, deleteChange, makePlan, updateChange } from '../render/fixtures.js';
import { desiredWith, fakeProvider, live, nullClient, want } from './fakes.js';

type Counts = Partial<Record<Kind, number>>;

/** `n` changes of one action and kind, with distinct keys. */
function many(action: Change['action'], kind: Kind, n: number, from = 0): Change[] {
  return Array.from({ length: n }, (_, i) => {
    const key = `${action}-${from + i}`;
    if (action === 'create') return createChange(kind, key);
    if (action === 'update') return updateChange(kind, key, String(100 + from + i));
    return deleteChange(kind, key, String(100 + from + i));
  });
}

const messages = (
  changes: Change[],
  counts: Counts,
  options?: Parameters<typeof checkThresholds>[2],
) => checkThresholds(makePlan({ changes }), counts, options).map((p) => p.message);

describe('checkThresholds', () => {
  const cases: { name: string; changes: Change[]; counts: Counts; refused: string[] }[] = [
    { name: 'no changes', changes: [], counts: { tag: 20 }, refused: [] },
    {
      name: 'below the threshold (5 of 20 = 25%)',
      changes: many('update', 'tag', 5),
      counts: { tag: 20 },
      refused: [],
    },
    {
      name: 'exactly at the threshold (6 of 20 = 30%) is allowed',
      changes: [...many('update', 'tag', 3), ...many('delete', 'tag', 3, 3)],
      counts: { tag: 20 },
      refused: [],
    },
    {
      name: 'just above the threshold (7 of 20 = 35%)',
      changes: many('delete', 'tag', 7),
      counts: { tag: 20 },
      refused: [
        'plan would update or delete 7 of 20 existing tags (35%), above the 30% safety threshold',
      ],
    },
    {
      name: 'updates and deletes add up (14 of 20 = 70%)',
      changes: [...many('update', 'tag', 8), ...many('delete', 'tag', 6, 8)],
      counts: { tag: 20 },
      refused: [
        'plan would update or delete 14 of 20 existing tags (70%), above the 30% safety threshold',
      ],
    },
    {
      name: 'a share just over reads as over (4 of 13)',
      changes: many('update', 'collection', 4),
      counts: { collection: 13 },
      refused: [
        'plan would update or delete 4 of 13 existing collections (30.8%), above the 30% safety threshold',
      ],
    },
    {
      name: 'fewer than 10 existing is never refused, even at 100%',
      changes: many('delete', 'article', 9),
      counts: { article: 9 },
      refused: [],
    },
    {
      name: 'exactly 10 existing is checked',
      changes: many('delete', 'article', 4),
      counts: { article: 10 },
      refused: [
        'plan would update or delete 4 of 10 existing articles (40%), above the 30% safety threshold',
      ],
    },
    {
      name: 'creates never count',
      changes: [...many('create', 'company', 50), ...many('update', 'company', 3)],
      counts: { company: 10 },
      refused: [],
    },
    {
      name: 'an unknown live count is never refused',
      changes: many('delete', 'tag', 30),
      counts: {},
      refused: [],
    },
    {
      name: 'kinds are judged independently',
      changes: [
        ...many('update', 'tag', 3),
        ...many('delete', 'collection', 3),
        ...many('update', 'company', 11),
      ],
      // 6 of 20 would be 30% overall; per kind only companies are over.
      counts: { tag: 10, collection: 10, company: 20 },
      refused: [
        'plan would update or delete 11 of 20 existing companies (55%), above the 30% safety threshold',
      ],
    },
    {
      name: 'one problem per kind over, in kind order',
      changes: [...many('update', 'admin', 5), ...many('delete', 'tag', 10)],
      counts: { tag: 10, admin: 10 },
      refused: [
        'plan would update or delete 10 of 10 existing tags (100%), above the 30% safety threshold',
        'plan would update or delete 5 of 10 existing admins (50%), above the 30% safety threshold',
      ],
    },
  ];
  it.each(cases)('$name', ({ changes, counts, refused }) => {
    expect(messages(changes, counts)).toEqual(refused);
  });

  it('every problem tells the user how to proceed', () => {
    const problems = checkThresholds(makePlan({ changes: many('delete', 'tag', 10) }), { tag: 10 });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.hint).toBe('review the plan; pass --force to apply it anyway');
  });

  it('takes another share and minimum', () => {
    const changes = many('update', 'tag', 3);
    expect(messages(changes, { tag: 5 }, { maxShare: 0.5, minExisting: 5 })).toEqual([
      'plan would update or delete 3 of 5 existing tags (60%), above the 50% safety threshold',
    ]);
    expect(messages(changes, { tag: 5 }, { maxShare: 0.6, minExisting: 5 })).toEqual([]);
    expect(messages(changes, { tag: 5 }, { maxShare: 0.5, minExisting: 6 })).toEqual([]);
  });
});

describe('UnsafePlanError', () => {
  it('is a user error whose message carries every number and whose hint names --force', () => {
    const problems = checkThresholds(
      makePlan({ changes: [...many('delete', 'tag', 10), ...many('update', 'company', 4)] }),
      { tag: 10, company: 10 },
    );
    const error = new UnsafePlanError(problems);
    expect(error).toBeInstanceOf(UserError);
    expect(error.name).toBe('UnsafePlanError');
    expect(error.problems).toBe(problems);
    expect(error.message).toBe(
      'plan would update or delete 10 of 10 existing tags (100%), above the 30% safety threshold; ' +
        'plan would update or delete 4 of 10 existing companies (40%), above the 30% safety threshold',
    );
    expect(error.hint).toBe('review the plan; pass --force to apply it anyway');
  });

  it('keeps a cause', () => {
    const cause = new Error('why');
    expect(new UnsafePlanError([], { cause }).cause).toBe(cause);
  });
});

describe('createPlan records live counts', () => {
  it('counts listed objects per kind, plus objects only a lookup found', async () => {
    const tags = Array.from({ length: 12 }, (_, i) => live('tag', String(i), `t${i}`));
    const plan = await createPlan({
      desired: desiredWith({
        prune: { tags: true, collections: false, articles: false, companies: false },
      }),
      client: nullClient,
      providers: [
        fakeProvider({ kind: 'tag', desired: [want('tag', 't0')], live: tags }),
        fakeProvider({
          kind: 'company',
          desired: [want('company', 'hidden-co'), want('company', 'new-co')],
          live: [live('company', 'c1', 'listed-co')],
          hidden: [live('company', 'c2', 'hidden-co')],
        }),
        fakeProvider({
          kind: 'admin',
          lifecycle: 'update-only',
          desired: [],
          live: [live('admin', 'a1', 'a@x'), live('admin', 'a2', 'b@x')],
        }),
      ],
    });
    expect(plan.liveCounts).toEqual({ tag: 12, company: 2, admin: 2 });
    // Pruning 11 of 12 tags is refused; the company create does not count.
    expect(checkThresholds(plan, plan.liveCounts).map((p) => p.message)).toEqual([
      'plan would update or delete 11 of 12 existing tags (91.7%), above the 30% safety threshold',
    ]);
  });
});
