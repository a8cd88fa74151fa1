// The PR comment: what a reviewer sees first (counts, deletes), that every change is a collapsed
// block with a diff, that user content cannot break out of its place, and that a huge plan fits
// GitHub's comment limit while still saying how much it left out.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { UnmanagedObject } from '../../src/planner/plan.js';
import { renderPlanMarkdown } from '../../src/render/plan-markdown.js';
import { createChange, deleteChange, makePlan, updateChange } from './fixtures.js';
import {
  bigArticleUpdate,
  changeSummaries,
  codeBlocks,
  EVIL,
  hugePlan,
  tables,
  tokens,
} from './plan-markdown-fixtures.js';

const MARKER = '<!-- intercom-as-code-plan -->';

const small = makePlan({
  changes: [
    deleteChange('company', 'old-co', '5f1'),
    createChange('tag', 'vip-customer', [{ field: 'name', after: 'vip-customer' }]),
    updateChange('article', 'welcome', '39', [
      { field: 'title', before: 'Welcome', after: 'Welcome to Acme' },
      {
        field: 'body',
        before: '<h1>Hi</h1>\n<p>Hi there</p>\n',
        after: '<h1>Hi</h1>\n<p>Welcome to our Help Center.</p>\n',
        format: 'text',
      },
    ]),
  ],
  unmanaged: [{ kind: 'tag', id: '204', name: 'newsletter' }],
  warnings: [
    {
      pos: { file: 'workspace.yaml', line: 3, col: 5 },
      message: 'h3 heading will be turned into h2 by Intercom',
      hint: 'use # or ## headings',
      severity: 'warning',
    },
  ],
});

describe('renderPlanMarkdown: layout', () => {
  it('renders a small plan', () => {
    expect(renderPlanMarkdown(small, { marker: MARKER })).toMatchInlineSnapshot(`
      "<!-- intercom-as-code-plan -->

      ## intercom-as-code plan

      | | add | change | destroy | unmanaged |
      | --- | ---: | ---: | ---: | ---: |
      | tag | 1 | 0 | 0 | 1 |
      | article | 0 | 1 | 0 | 0 |
      | company | 0 | 0 | 1 | 0 |
      | **total** | **1** | **1** | **1** | **1** |

      **Plan:** 1 to add, 1 to change, **1 to destroy** (deletes are listed first).

      <details><summary>🗑️ <b>destroy</b> <code>company &#34;old-co&#34;</code> (id 5f1) — not in the config, pruned</summary>

      \`\`\`diff
      # company "old-co" (id 5f1) will be deleted (prune.companies is on)
      \`\`\`

      </details>

      <details><summary>➕ <b>create</b> <code>tag &#34;vip-customer&#34;</code></summary>

      \`\`\`diff
      # tag "vip-customer" will be created
      + name: "vip-customer"
      \`\`\`

      </details>

      <details><summary>✏️ <b>update</b> <code>article &#34;welcome&#34;</code> (id 39) — title, body</summary>

      \`\`\`diff
      # article "welcome" (id 39) will be updated in place
      - title: "Welcome"
      + title: "Welcome to Acme"
      ~ body:
      @@ -1,2 +1,2 @@
       <h1>Hi</h1>
      -<p>Hi there</p>
      +<p>Welcome to our Help Center.</p>
      \`\`\`

      </details>

      <details><summary>1 unmanaged object (not in the config; left alone)</summary>

      \`\`\`text
      tag "newsletter" (id 204)
      \`\`\`

      </details>

      #### ⚠️ 1 warning

      \`\`\`text
      workspace.yaml:3:5: warning: h3 heading will be turned into h2 by Intercom
          hint: use # or ## headings
      \`\`\`"
    `);
  });

  it('starts with the marker and heading, then the summary table with every count', () => {
    const out = renderPlanMarkdown(small, { marker: MARKER });
    expect(out.split('\n')[0]).toBe(MARKER);
    const [marker, heading, table] = tokens(out);
    expect(marker).toMatchObject({ type: 'html', text: `${MARKER}\n\n` });
    expect(heading).toMatchObject({ type: 'heading', text: 'intercom-as-code plan' });
    expect(table?.type).toBe('table');
    const [summary] = tables(out);
    expect(summary!.header.map((c) => c.text)).toEqual([
      '',
      'add',
      'change',
      'destroy',
      'unmanaged',
    ]);
    expect(summary!.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['tag', '1', '0', '0', '1'],
      ['article', '0', '1', '0', '0'],
      ['company', '0', '0', '1', '0'],
      ['**total**', '**1**', '**1**', '**1**', '**1**'],
    ]);
  });

  it('calls out deletes and lists them before creates, whatever the plan order', () => {
    const plan = makePlan({
      changes: [
        createChange('tag', 'new'),
        deleteChange('tag', 'a', '1'),
        deleteChange('tag', 'b', '2'),
      ],
    });
    const out = renderPlanMarkdown(plan);
    expect(out).toContain(
      '**Plan:** 1 to add, 0 to change, **2 to destroy** (deletes are listed first).',
    );
    const verbs = changeSummaries(out).map((line) =>
      /^<details><summary>(\S+) <b>(\w+)<\/b>/u.exec(line)?.slice(1),
    );
    expect(verbs).toEqual([
      ['🗑️', 'destroy'],
      ['🗑️', 'destroy'],
      ['➕', 'create'],
    ]);
    expect(out.indexOf('tag &#34;b&#34;')).toBeLessThan(out.indexOf('tag &#34;new&#34;'));
  });

  it('puts each change in its own <details> block with a diff fence inside', () => {
    const out = renderPlanMarkdown(small);
    expect(changeSummaries(out)).toHaveLength(3);
    expect(out.match(/^<\/details>$/gm)).toHaveLength(4); // 3 changes + unmanaged
    const diffs = codeBlocks(out).filter((c) => c.lang === 'diff');
    expect(diffs.map((c) => c.text)).toEqual([
      '# company "old-co" (id 5f1) will be deleted (prune.companies is on)',
      '# tag "vip-customer" will be created\n+ name: "vip-customer"',
      [
        '# article "welcome" (id 39) will be updated in place',
        '- title: "Welcome"',
        '+ title: "Welcome to Acme"',
        '~ body:',
        '@@ -1,2 +1,2 @@',
        ' <h1>Hi</h1>',
        '-<p>Hi there</p>',
        '+<p>Welcome to our Help Center.</p>',
      ].join('\n'),
    ]);
  });

  it('says why a delete happens and what a rename was', () => {
    const renamed = updateChange('tag', 'beta-tester', '202', [
      { field: 'name', before: 'beta', after: 'beta-tester' },
    ]);
    renamed.rename = { from: 'beta', to: 'beta-tester' };
    const absent = { ...deleteChange('tag', 'legacy', '203'), reason: 'ensure-absent' as const };
    const out = renderPlanMarkdown(makePlan({ changes: [absent, renamed] }));
    const [deleted, updated] = changeSummaries(out);
    expect(deleted).toContain('(id 203) — ensure: absent</summary>');
    expect(updated).toContain('renamed from <code>&#34;beta&#34;</code> — name</summary>');
  });

  it('collapses unmanaged objects and shows warnings in the open', () => {
    const out = renderPlanMarkdown(small);
    expect(out).toContain(
      '<details><summary>1 unmanaged object (not in the config; left alone)</summary>',
    );
    expect(out).toContain('#### ⚠️ 1 warning');
    const texts = codeBlocks(out)
      .filter((c) => c.lang === 'text')
      .map((c) => c.text);
    expect(texts).toEqual([
      'tag "newsletter" (id 204)',
      'workspace.yaml:3:5: warning: h3 heading will be turned into h2 by Intercom\n    hint: use # or ## headings',
    ]);
  });

  it('says "No changes" on one line, with no table and no change blocks', () => {
    const out = renderPlanMarkdown(makePlan());
    expect(out).toBe(
      '## intercom-as-code plan\n\n**No changes.** The workspace matches the configuration.',
    );
    const drift = renderPlanMarkdown(makePlan(), { kind: 'drift', marker: '<!-- d -->' });
    expect(drift).toBe(
      '<!-- d -->\n\n## intercom-as-code drift\n\n**No drift.** The workspace matches the configuration.',
    );
  });

  it('words a drift report as drift and honours a custom title', () => {
    const out = renderPlanMarkdown(small, { kind: 'drift', title: 'Nightly *drift* check' });
    expect(out.startsWith('## Nightly &#42;drift&#42; check\n')).toBe(true);
    expect(out).toContain('**Drift detected.** To match the configuration again: 1 to add');
  });
});

describe('renderPlanMarkdown: escaping', () => {
  const evilPlan = makePlan({
    changes: [
      createChange('tag', EVIL, [{ field: 'name', after: EVIL }]),
      updateChange('article', 'a', '1', [
        {
          field: 'body',
          before: '<p>x</p>\n',
          after: `<p>x</p>\n\`\`\`\`\`\n</details>\n${EVIL}\n`,
          format: 'text',
        },
      ]),
      deleteChange('tag', `${EVIL}\n\n# heading`, '9'),
    ],
    unmanaged: [{ kind: 'tag', id: '1', name: EVIL }],
    warnings: [{ message: EVIL, hint: '```', severity: 'warning' }],
  });
  const out = renderPlanMarkdown(evilPlan);

  it('keeps the table intact', () => {
    const [table] = tables(out);
    expect(table!.rows).toHaveLength(3);
    for (const row of table!.rows) expect(row).toHaveLength(5);
    expect(table!.rows.at(-1)!.map((c) => c.text)).toEqual([
      '**total**',
      '**1**',
      '**1**',
      '**1**',
      '**1**',
    ]);
  });

  it('keeps every fence closed by its own fence, with the content inside intact', () => {
    const blocks = codeBlocks(out);
    expect(blocks).toHaveLength(3 + 2); // one per change, unmanaged, warnings
    expect(blocks[1]!.text).toContain(`+ name: "${EVIL}"`);
    expect(blocks[2]!.text).toContain('+`````\n+</details>\n+' + EVIL);
    expect(blocks[3]!.text).toBe(`tag "${EVIL}" (id 1)`);
    expect(out).toContain('\n``````diff\n'); // longer than the 5 backticks in the body
    expect(changeSummaries(out)).toHaveLength(3);
    expect(out.match(/^<\/details>$/gm)).toHaveLength(4);
  });

  it('injects no HTML: the rendered page has no script element', () => {
    const html = marked.parse(out, { async: false });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps a name on its summary line, as escaped text inside <code>', () => {
    const [, created] = changeSummaries(out);
    expect(created).toBe(
      '<details><summary>➕ <b>create</b> <code>tag &#34;x&#96;&#96;&#96;y &#96;&#96; ' +
        '&#60;script&#62;alert&#40;1&#41;&#60;/script&#62; &#124; z&#34;</code></summary>',
    );
    expect(out).not.toContain('\n# heading');
  });
});

describe('renderPlanMarkdown: size limit', () => {
  const plan = hugePlan();
  const out = renderPlanMarkdown(plan);
  const MORE =
    /^… and ([\d,]+) more changes not shown \(run `intercom-as-code plan` locally or see the JSON output for all\)$/;

  it('stays within GitHub comment limit and the default budget', () => {
    expect(out.length).toBeLessThan(65_536);
    expect(out.length).toBeLessThanOrEqual(65_000);
    expect(out.length).toBeGreaterThan(60_000); // cut late, not early
  });

  it('ends with the number of changes not shown', () => {
    const last = out.split('\n').at(-1)!;
    const match = MORE.exec(last);
    expect(match).not.toBeNull();
    const shown = changeSummaries(out).length;
    expect(shown).toBeGreaterThan(10);
    expect(Number(match![1]!.replace(/,/g, ''))).toBe(5000 - shown);
    expect(out).toContain(`the first ${shown} of 5,000 changes are shown below.`);
  });

  it('still counts all 5,000 changes in the summary table', () => {
    const totals = tables(out)[0]!
      .rows.at(-1)!
      .map((c) => c.text.replace(/\*|,/g, ''));
    expect(totals).toEqual(['total', '2000', '2500', '500', '0']);
    expect(totals.slice(1, 4).reduce((sum, n) => sum + Number(n), 0)).toBe(5000);
  });

  it('shows the deletes first, even when cut', () => {
    const summaries = changeSummaries(out);
    expect(summaries.slice(0, 500).every((line) => line.includes('<b>destroy</b>'))).toBe(true);
  });

  it('keeps within any budget and closes every block it opens', () => {
    for (const maxChars of [3_000, 10_000, 25_000, 40_000]) {
      const cut = renderPlanMarkdown(plan, { maxChars, marker: '<!-- m -->' });
      expect(cut.length).toBeLessThanOrEqual(maxChars);
      expect(cut.match(/^<details>/gm)?.length).toBe(cut.match(/^<\/details>$/gm)?.length);
      expect(MORE.test(cut.split('\n').at(-1)!)).toBe(true);
    }
  });

  it('cuts one huge diff inside its block instead of dropping it', () => {
    const huge = bigArticleUpdate(1);
    huge.fields[0]!.after = `${'<p>a long line of a very long article</p>\n'.repeat(5_000)}`;
    const cut = renderPlanMarkdown(makePlan({ changes: [huge, createChange('tag', 'after')] }));
    expect(cut.length).toBeLessThanOrEqual(65_000);
    expect(changeSummaries(cut)).toHaveLength(2);
    expect(cut).toMatch(/^… [\d,]+ more lines not shown$/m);
    expect(cut).not.toContain('more changes not shown');
  });

  it('cuts a long unmanaged list and says how many it left out', () => {
    const unmanaged: UnmanagedObject[] = Array.from({ length: 5_000 }, (_, i) => ({
      kind: 'company',
      id: `id-${i}`,
      name: `company-${i}`,
    }));
    const cut = renderPlanMarkdown(makePlan({ changes: [createChange('tag', 't')], unmanaged }));
    expect(cut.length).toBeLessThanOrEqual(65_000);
    expect(cut).toContain('<summary>5,000 unmanaged objects');
    const listed = codeBlocks(cut)
      .find((c) => c.lang === 'text')!
      .text.split('\n');
    const more = /^… and ([\d,]+) more$/.exec(listed.at(-1)!);
    expect(Number(more![1]!.replace(/,/g, ''))).toBe(5_000 - (listed.length - 1));
  });
});
