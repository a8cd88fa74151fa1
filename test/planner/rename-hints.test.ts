// A rename without previous_names plans as a delete and a create; the plan should say so. These
// run the real planner (with fake providers) so the hint is checked where users see it: in
// plan.warnings, and only for pairs that really look alike.
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../src/planner/create-plan.js';
import type { Kind } from '../../src/model/objects.js';
import { desiredWith, fakeProvider, live, nullClient, want } from './fakes.js';

const BODY = '<h1>Refunds</h1>\n<p>Within 30 days.</p>';

async function warningsFor(kind: Kind, field: string, desiredValue: string, liveValue: string) {
  const desired = desiredWith({
    prune: { tags: true, collections: true, articles: true, companies: true },
  });
  const plan = await createPlan({
    desired,
    client: nullClient,
    providers: [
      fakeProvider({
        kind,
        desired: [want(kind, 'refunds', { name: 'Refund policy', [field]: desiredValue })],
        live: [live(kind, '12', 'Refunds', { [field]: liveValue })],
      }),
    ],
  });
  expect(plan.changes.map((c) => c.action).sort()).toEqual(['create', 'delete']);
  return plan.warnings;
}

describe('rename hints', () => {
  it('suggests previous_names when a created article has the body of a deleted one', async () => {
    const warnings = await warningsFor('article', 'body', BODY, BODY);
    expect(warnings).toEqual([
      {
        pos: { file: 'workspace.yaml', line: 1, col: 3 },
        severity: 'warning',
        message: 'article "Refund policy" will be created and "Refunds" (id 12) deleted',
        hint: 'if this is a rename, add previous_names: ["Refunds"] (or pin id: 12) to keep its id',
      },
    ]);
  });

  it('suggests it for a collection with the same description', async () => {
    const warnings = await warningsFor(
      'collection',
      'description',
      'Money matters',
      'Money matters',
    );
    expect(warnings.map((w) => w.message)).toEqual([
      'collection "Refund policy" will be created and "Refunds" (id 12) deleted',
    ]);
  });

  it('stays quiet when the content differs, is empty, or the kind has nothing to compare', async () => {
    expect(await warningsFor('article', 'body', BODY, '<p>Other</p>')).toEqual([]);
    expect(await warningsFor('article', 'body', '', '')).toEqual([]);
    expect(await warningsFor('tag', 'body', BODY, BODY)).toEqual([]);
  });
});
