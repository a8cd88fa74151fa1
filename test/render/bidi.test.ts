// A name with bidirectional controls can read one way in a review and be another (U+202E turns
// "gpj.exe" into "exe.jpg" on screen). Every plan format shows them escaped.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/planner/plan.js';
import { renderPlanJson } from '../../src/render/plan-json.js';
import { renderPlanMarkdown } from '../../src/render/plan-markdown.js';
import { renderPlanText } from '../../src/render/plan-text.js';

const NAME = 'invoice\u202Egpj.exe';

function planWithName(name: string): Plan {
  return {
    formatVersion: '1.0',
    createdAt: '2026-01-01T00:00:00.000Z',
    configPath: 'workspace.yaml',
    changes: [
      {
        action: 'create',
        ref: `create:tag:${name}`,
        kind: 'tag',
        key: name,
        message: `tag "${name}" will be created`,
        fields: [{ field: 'name', after: name }],
        dependsOn: [],
        requests: [{ method: 'POST', path: '/tags', body: { name } }],
        refersTo: [],
        desired: {
          kind: 'tag',
          key: name,
          name,
          previousNames: [],
          ensure: 'present',
          protect: false,
          fields: { name },
          data: {
            name,
            previousNames: [],
            ensure: 'present',
            protect: false,
            pos: { file: 'w', line: 1, col: 1 },
          },
          pos: { file: 'w', line: 1, col: 1 },
        },
      },
    ],
    unmanaged: [{ kind: 'tag', id: '9', name: `old\u2066${name}` }],
    summary: { create: 1, update: 0, delete: 0 },
    warnings: [],
    ids: {},
    liveCounts: {},
  };
}

describe('bidirectional controls in names', () => {
  it.each([
    ['text', (p: Plan) => renderPlanText(p, { color: false })],
    ['markdown', (p: Plan) => renderPlanMarkdown(p)],
    ['json', (p: Plan) => renderPlanJson(p)],
  ])('are escaped in the %s plan', (_format, render) => {
    const out = render(planWithName(NAME));
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('\\u202e');
    expect(out).toContain('\\u2066');
  });

  it('keep their value in the JSON plan once parsed', () => {
    const doc = JSON.parse(renderPlanJson(planWithName(NAME)));
    expect(doc.changes[0].key).toBe(NAME);
  });
});
