// Plans and Markdown readers for the PR-comment tests: a Markdown lexer (marked, GFM) reads the
// output the way GitHub does, so the tests check structure rather than guess at string shapes.
import { marked } from 'marked';
import type { Token, Tokens } from 'marked';
import type { Change } from '../../src/model/change.js';
import type { Plan } from '../../src/planner/plan.js';
import { createChange, deleteChange, makePlan, updateChange } from './fixtures.js';

export function tokens(markdown: string): Token[] {
  return marked.lexer(markdown).filter((t) => t.type !== 'space');
}

export function tables(markdown: string): Tokens.Table[] {
  return tokens(markdown).filter((t): t is Tokens.Table => t.type === 'table');
}

export function codeBlocks(markdown: string): Tokens.Code[] {
  return tokens(markdown).filter((t): t is Tokens.Code => t.type === 'code');
}

/** Opening lines of change blocks (unmanaged objects use a <details> block too, without a verb). */
export function changeSummaries(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^<details><summary>(➕|✏️|🗑️)/u.test(line));
}

function lines(count: number, text: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => text(i)).join('\n') + '\n';
}

/** An article update whose body diff is about 4 KB. */
export function bigArticleUpdate(i: number): Change {
  return updateChange('article', `article-${i}`, `${i}`, [
    {
      field: 'body',
      before: lines(40, (n) => `<p>Paragraph ${n} of article ${i}, as it was first written.</p>`),
      after: lines(40, (n) => `<p>Paragraph ${n} of article ${i}, as it reads after the edit.</p>`),
      format: 'text',
    },
  ]);
}

/** 5,000 changes: deletes, creates, small updates and one 4 KB article diff in ten. */
export function hugePlan(): Plan {
  const changes: Change[] = [];
  for (let i = 0; i < 5000; i++) {
    const slot = i % 10;
    if (slot === 0) changes.push(bigArticleUpdate(i));
    else if (slot === 1) changes.push(deleteChange('tag', `old-${i}`, `${i}`));
    else if (slot < 6)
      changes.push(createChange('tag', `tag-${i}`, [{ field: 'name', after: `tag-${i}` }]));
    else {
      changes.push(
        updateChange('company', `co-${i}`, `c${i}`, [
          { field: 'plan', before: 'Pro', after: 'Max' },
        ]),
      );
    }
  }
  return makePlan({ changes });
}

export const EVIL = 'x```y `` <script>alert(1)</script> | z';
