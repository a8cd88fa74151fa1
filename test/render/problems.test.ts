import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors/problem.js';
import { renderProblems } from '../../src/render/problems.js';
import { ESC, stripAnsi } from './fixtures.js';

const pos = { file: 'workspace.yaml', line: 3, col: 5 };

const problems: Problem[] = [
  { pos, message: 'unknown collection "bilin"', hint: 'did you mean "billing"?' },
  { pos: { ...pos, line: 9 }, message: 'title is required' },
  { message: 'INTERCOM_TOKEN is not set', severity: 'error' },
  { pos, message: 'article has no body', severity: 'warning' },
];

describe('renderProblems', () => {
  it('prints every problem with formatProblem, then the counts', () => {
    expect(renderProblems(problems, { color: false }).split('\n')).toEqual([
      'workspace.yaml:3:5: error: unknown collection "bilin"',
      '    hint: did you mean "billing"?',
      'workspace.yaml:9:5: error: title is required',
      'error: INTERCOM_TOKEN is not set',
      'workspace.yaml:3:5: warning: article has no body',
      '',
      '3 errors, 1 warning',
    ]);
  });

  it('paints errors red and warnings yellow, and nothing without colour', () => {
    const out = renderProblems(problems, { color: true });
    expect(out).toContain(`${ESC}31mworkspace.yaml:9:5: error: title is required${ESC}39m`);
    expect(out).toContain(`${ESC}33mworkspace.yaml:3:5: warning: article has no body${ESC}39m`);
    expect(renderProblems(problems, { color: false })).not.toContain('\u001b');
    expect(stripAnsi(out)).toBe(renderProblems(problems, { color: false }));
  });

  it('uses singular forms and leaves out a zero count', () => {
    expect(
      renderProblems([{ message: 'x' }], { color: false })
        .split('\n')
        .at(-1),
    ).toBe('1 error');
    const warnings: Problem[] = [
      { message: 'a', severity: 'warning' },
      { message: 'b', severity: 'warning' },
    ];
    expect(renderProblems(warnings, { color: false }).split('\n').at(-1)).toBe('2 warnings');
  });

  it('says so when there are no problems', () => {
    expect(renderProblems([], { color: false })).toBe('No problems found.');
  });
});

describe('renderProblems with repeated warnings', () => {
  const h3 = (file: string): Problem => ({
    pos: { file, line: 4, col: 1 },
    message: 'h3 heading will be turned into h2 by Intercom',
    hint: 'use `##`',
    severity: 'warning',
  });
  const many = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'].map(h3);

  it('shows a warning repeated in many places once, with its count, the first places and the rest counted', () => {
    const other: Problem = { message: 'no author', severity: 'warning' };
    expect(
      renderProblems([many[0]!, other, ...many.slice(1)], { color: false }).split('\n'),
    ).toEqual([
      'warning: h3 heading will be turned into h2 by Intercom (5 places)',
      '    a.md:4:1',
      '    b.md:4:1',
      '    c.md:4:1',
      '    and 2 more (--verbose lists them all)',
      '    hint: use `##`',
      'warning: no author',
      '',
      '6 warnings',
    ]);
  });

  it('lists every place with verbose', () => {
    const out = renderProblems(many, { color: false, verbose: true });
    for (const file of ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'])
      expect(out).toContain(`    ${file}:4:1`);
    expect(out).not.toContain('more');
  });

  it('keeps warnings that differ in message or hint apart, and never groups errors', () => {
    const errors: Problem[] = [
      { pos, message: 'title is required' },
      { pos: { ...pos, line: 8 }, message: 'title is required' },
    ];
    const otherHint: Problem = { ...h3('f.md'), hint: 'something else' };
    const out = renderProblems([...errors, h3('a.md'), otherHint], { color: false });
    expect(out.split('\n').filter((l) => l.includes('error: title is required'))).toHaveLength(2);
    expect(out).toContain('a.md:4:1: warning: h3 heading');
    expect(out).toContain('f.md:4:1: warning: h3 heading');
    expect(out).not.toContain('places');
  });

  it('paints the first line of a repeated warning yellow', () => {
    const out = renderProblems(many, { color: true });
    expect(out).toContain(
      `${ESC}33mwarning: h3 heading will be turned into h2 by Intercom (5 places)${ESC}39m`,
    );
    expect(stripAnsi(out)).toBe(renderProblems(many, { color: false }));
  });
});
