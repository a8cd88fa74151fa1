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
