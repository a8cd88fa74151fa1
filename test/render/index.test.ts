import { describe, expect, it } from 'vitest';
import * as render from '../../src/render/index.js';

describe('render index', () => {
  it('exports every renderer the CLI uses', () => {
    expect(Object.keys(render).sort()).toEqual(
      [
        'createStyle',
        'formatApplyEvent',
        'renderApplyResult',
        'renderPlanText',
        'renderProblem',
        'renderProblems',
      ].sort(),
    );
  });
});
