// A plan comment on a public repository is readable by anyone: `--public` keeps the names of
// objects the config does not manage and the values of company fields out of it.
import { describe, expect, it } from 'vitest';
import { renderPlanMarkdown } from '../../src/render/plan-markdown.js';
import { createChange, makePlan, updateChange } from './fixtures.js';

const plan = makePlan({
  changes: [
    updateChange('company', 'acme-corp', 'c1', [
      { field: 'monthly_spend', before: 1200, after: 9900 },
    ]),
    createChange('tag', 'vip', [{ field: 'name', after: 'vip' }]),
  ],
  unmanaged: [{ kind: 'company', id: '77', name: 'secret-prospect' }],
});

describe('renderPlanMarkdown with public', () => {
  it('counts unmanaged objects without naming them and hides company values', () => {
    const out = renderPlanMarkdown(plan, { public: true });
    expect(out).not.toContain('secret-prospect');
    expect(out).toContain('1 unmanaged object');
    expect(out).not.toContain('9900');
    expect(out).not.toContain('1200');
    expect(out).toContain('monthly_spend');
    expect(out).toContain('"vip"');
  });

  it('shows everything by default', () => {
    const out = renderPlanMarkdown(plan);
    expect(out).toContain('secret-prospect');
    expect(out).toContain('9900');
  });
});
