import { describe, expect, it } from 'vitest';
import { renderPlanText } from '../../src/render/plan-text.js';
import { createChange, deleteChange, ESC, makePlan, stripAnsi, updateChange } from './fixtures.js';

const plain = { color: false };

function lines(text: string): string[] {
  return text.split('\n');
}

describe('renderPlanText: changes', () => {
  it('shows a create with its message, green symbol and added fields', () => {
    const plan = makePlan({
      changes: [createChange('tag', 'vip-customer', [{ field: 'name', after: 'vip-customer' }])],
    });
    expect(lines(renderPlanText(plan, plain))).toEqual([
      '  # tag "vip-customer" will be created',
      '  + tag "vip-customer"',
      '      + name: "vip-customer"',
      '',
      'Plan: 1 to add, 0 to change, 0 to destroy.',
    ]);
  });

  it('shows an update with ~ and before -> after', () => {
    const plan = makePlan({
      changes: [
        updateChange('article', 'welcome', '39', [
          { field: 'title', before: 'Welcome', after: 'Welcome to Acme' },
        ]),
      ],
    });
    const out = lines(renderPlanText(plan, plain));
    expect(out).toContain('  # article "welcome" (id 39) will be updated in place');
    expect(out).toContain('  ~ article "welcome"');
    expect(out).toContain('      ~ title: "Welcome" -> "Welcome to Acme"');
    expect(out.at(-1)).toBe('Plan: 0 to add, 1 to change, 0 to destroy.');
  });

  it('shows a delete with - and the planner message verbatim', () => {
    const plan = makePlan({ changes: [deleteChange('company', 'old-co', '5f1')] });
    expect(lines(renderPlanText(plan, plain))).toEqual([
      '  # company "old-co" (id 5f1) will be deleted (prune.companies is on)',
      '  - company "old-co"',
      '',
      'Plan: 0 to add, 0 to change, 1 to destroy.',
    ]);
  });

  it('shows the fields a delete describes as removed values', () => {
    const change = {
      ...deleteChange('tag', 'legacy', '4'),
      fields: [{ field: 'name', before: 'legacy' }],
    };
    const out = lines(renderPlanText(makePlan({ changes: [change] }), plain));
    expect(out.slice(0, 3)).toEqual([
      '  # tag "legacy" (id 4) will be deleted (prune.tags is on)',
      '  - tag "legacy"',
      '      - name: "legacy"',
    ]);
  });

  it('keeps the given order and separates changes with a blank line', () => {
    const plan = makePlan({
      changes: [
        deleteChange('company', 'old-co', '5'),
        createChange('tag', 'b'),
        createChange('tag', 'a'),
      ],
    });
    const text = renderPlanText(plan, plain);
    expect(text.indexOf('- company "old-co"')).toBeLessThan(text.indexOf('+ tag "b"'));
    expect(text.indexOf('+ tag "b"')).toBeLessThan(text.indexOf('+ tag "a"'));
    expect(text).toContain('  + tag "b"\n\n  # tag "a" will be created');
    expect(lines(text).at(-1)).toBe('Plan: 2 to add, 0 to change, 1 to destroy.');
  });

  it('shows a rename as a name change under the plain address (the message says "renamed")', () => {
    const plan = makePlan({
      changes: [
        updateChange(
          'tag',
          'beta-tester',
          '7',
          [{ field: 'name', before: 'beta', after: 'beta-tester' }],
          { rename: { from: 'beta', to: 'beta-tester' } },
        ),
      ],
    });
    const out = lines(renderPlanText(plan, plain));
    expect(out).toContain('  ~ tag "beta-tester"');
    expect(out).toContain('      ~ name: "beta" -> "beta-tester"');
  });

  it('formats values as JSON: null, numbers, booleans, arrays and objects', () => {
    const plan = makePlan({
      changes: [
        updateChange('company', 'acme', '1', [
          { field: 'description', before: 'old', after: null },
          { field: 'size', before: 10, after: 250 },
          { field: 'away', before: false, after: true },
          { field: 'tags', before: [], after: ['a', 'b'] },
          { field: 'custom_attributes', before: { region: 'US' }, after: { region: 'EMEA', n: 1 } },
          { field: 'website', after: 'https://acme.test' },
          { field: 'industry', before: 'Retail' },
        ]),
      ],
    });
    const out = lines(renderPlanText(plan, plain));
    expect(out).toContain('      ~ description: "old" -> null');
    expect(out).toContain('      ~ size: 10 -> 250');
    expect(out).toContain('      ~ away: false -> true');
    expect(out).toContain('      ~ tags: [] -> ["a", "b"]');
    expect(out).toContain('      ~ custom_attributes: {"region":"US"} -> {"region":"EMEA","n":1}');
    // A field that was unset gains a +, one that stops being set a -.
    expect(out).toContain('      + website: "https://acme.test"');
    expect(out).toContain('      - industry: "Retail"');
  });

  it('falls back to a generated message when the change has none', () => {
    const change = { ...createChange('tag', 'x'), message: '' };
    expect(renderPlanText(makePlan({ changes: [change] }), plain)).toContain(
      '  # tag "x" will be created',
    );
  });

  it('escapes control characters in names so they cannot rewrite the terminal', () => {
    const change = createChange('tag', 'evil\u001b[2Jname', [
      { field: 'name', after: 'evil\u001b[2Jname' },
    ]);
    const out = renderPlanText(makePlan({ changes: [change] }), plain);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('  + tag "evil\\u001b[2Jname"');
  });
});

describe('renderPlanText: text bodies', () => {
  const before = ['<h1>Title</h1>', '<p>one</p>', '<p>Hi there</p>', '<p>three</p>'].join('\n');
  const after = ['<h1>Title</h1>', '<p>one</p>', '<p>Welcome</p>', '<p>three</p>'].join('\n');

  it('shows only the changed line as -/+ with unchanged lines as context', () => {
    const plan = makePlan({
      changes: [
        updateChange('article', 'welcome', '39', [
          { field: 'body', before, after, format: 'text' },
        ]),
      ],
    });
    const out = lines(renderPlanText(plan, plain));
    const start = out.indexOf('      ~ body:');
    expect(start).toBeGreaterThan(0);
    expect(out.slice(start + 1, start + 7)).toEqual([
      '          @@ -1,4 +1,4 @@',
      '           <h1>Title</h1>',
      '           <p>one</p>',
      '          -<p>Hi there</p>',
      '          +<p>Welcome</p>',
      '           <p>three</p>',
    ]);
    expect(out.filter((l) => /^ {10}[-+]/.test(l))).toHaveLength(2);
    expect(out.join('\n')).not.toContain('No newline');
    expect(out.join('\n')).not.toContain('+++');
  });

  it('limits context to three lines around a change', () => {
    const many = Array.from({ length: 12 }, (_, i) => `<p>${i}</p>`);
    const edited = many.map((l, i) => (i === 6 ? '<p>six</p>' : l));
    const plan = makePlan({
      changes: [
        updateChange('article', 'a', '1', [
          { field: 'body', before: many.join('\n'), after: edited.join('\n'), format: 'text' },
        ]),
      ],
    });
    const out = lines(renderPlanText(plan, plain));
    expect(out).toContain('          @@ -4,7 +4,7 @@');
    expect(out).toContain('           <p>3</p>');
    expect(out).not.toContain('           <p>2</p>');
    expect(out).toContain('           <p>9</p>');
    expect(out).not.toContain('           <p>10</p>');
  });

  it('shows a created body as added lines', () => {
    const plan = makePlan({
      changes: [
        createChange('article', 'refunds', [
          { field: 'body', after: '<p>We refund</p>\n<p>within 30 days.</p>', format: 'text' },
        ]),
      ],
    });
    const out = lines(renderPlanText(plan, plain));
    expect(out.slice(out.indexOf('      + body:'), out.indexOf('      + body:') + 4)).toEqual([
      '      + body:',
      '          @@ -0,0 +1,2 @@',
      '          +<p>We refund</p>',
      '          +<p>within 30 days.</p>',
    ]);
  });

  it('shows a trailing-newline-only difference instead of an empty diff', () => {
    const plan = makePlan({
      changes: [
        updateChange('article', 'a', '1', [
          { field: 'body', before: '<p>x</p>\n', after: '<p>x</p>', format: 'text' },
        ]),
      ],
    });
    expect(renderPlanText(plan, plain)).toContain('\\ No newline at end of file');
  });
});

describe('renderPlanText: colour', () => {
  const plan = makePlan({
    changes: [
      deleteChange('company', 'old-co', '5'),
      createChange('tag', 'vip', [{ field: 'name', after: 'vip' }]),
      updateChange('article', 'w', '39', [
        { field: 'body', before: 'a\nb', after: 'a\nc', format: 'text' },
      ]),
    ],
  });

  it('paints + green, ~ yellow, - red and diff lines by sign', () => {
    const out = renderPlanText(plan, { color: true });
    expect(out).toContain(`  ${ESC}32m+${ESC}39m tag "vip"`);
    expect(out).toContain(`  ${ESC}33m~${ESC}39m article "w"`);
    expect(out).toContain(`  ${ESC}31m-${ESC}39m company "old-co"`);
    expect(out).toContain(`${ESC}31m-b${ESC}39m`);
    expect(out).toContain(`${ESC}32m+c${ESC}39m`);
    expect(out).toContain(`${ESC}36m@@ -1,2 +1,2 @@${ESC}39m`);
  });

  it('has no escape codes without colour, and the same text either way', () => {
    const plainOut = renderPlanText(plan, plain);
    expect(plainOut).not.toContain('\u001b');
    expect(stripAnsi(renderPlanText(plan, { color: true }))).toBe(plainOut);
  });
});

describe('renderPlanText: unmanaged, warnings and summary', () => {
  it('says there are no changes when the plan is empty', () => {
    expect(renderPlanText(makePlan(), plain)).toBe(
      'No changes. The workspace matches the configuration.',
    );
  });

  it('lists unmanaged objects grouped by kind order, then by name', () => {
    const plan = makePlan({
      unmanaged: [
        { kind: 'collection', id: '12', name: 'Archive' },
        { kind: 'tag', id: '9', name: 'zeta' },
        { kind: 'tag', id: '7', name: 'newsletter' },
        { kind: 'tag', id: '8', name: 'Alpha' },
      ],
    });
    expect(lines(renderPlanText(plan, plain))).toEqual([
      'Unmanaged (not in the config; left alone):',
      '  tag "Alpha" (id 8)',
      '  tag "newsletter" (id 7)',
      '  tag "zeta" (id 9)',
      '  collection "Archive" (id 12)',
      '',
      'No changes. The workspace matches the configuration.',
    ]);
  });

  it('puts unmanaged and warnings after the changes and before the summary', () => {
    const plan = makePlan({
      changes: [createChange('tag', 'vip')],
      unmanaged: [{ kind: 'tag', id: '7', name: 'newsletter' }],
      warnings: [
        {
          severity: 'warning',
          message: 'article "faq" has no collection',
          hint: 'set collection:',
          pos: { file: 'workspace.yaml', line: 4, col: 3 },
        },
      ],
    });
    const text = renderPlanText(plan, plain);
    const order = [
      '  + tag "vip"',
      'Unmanaged (not in the config; left alone):',
      'workspace.yaml:4:3: warning: article "faq" has no collection\n    hint: set collection:',
      'Plan: 1 to add, 0 to change, 0 to destroy.',
    ].map((part) => text.indexOf(part));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.endsWith('Plan: 1 to add, 0 to change, 0 to destroy.')).toBe(true);
  });

  it('counts from the changes listed, not from a stale summary', () => {
    const plan = makePlan({
      changes: [createChange('tag', 'a'), createChange('tag', 'b')],
      summary: { create: 0, update: 9, delete: 0 },
    });
    expect(renderPlanText(plan, plain)).toContain('Plan: 2 to add, 0 to change, 0 to destroy.');
  });
});
