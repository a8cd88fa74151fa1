import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/config/interpolate.js';
import type { Lookup } from '../../src/config/variables.js';
import { load, onlyProblem, yaml } from './helpers.js';

// These names are allowed the way CI would allow them; variables.test.ts covers which are not.
const ALLOW = { INTERCOM_AS_CODE_ALLOW_VARS: 'WS_ID,TAG,COMPANY,NOT_A_KEY,REGION' };

describe('interpolate', () => {
  const values: Record<string, string> = { NAME: 'acme', EMPTY: '' };
  const env: Lookup = (name) =>
    name === 'SECRET' ? { refused: 'not-allowed' } : { value: values[name] };
  it.each([
    { text: 'plain', out: 'plain' },
    { text: '${NAME}', out: 'acme' },
    { text: 'x-${NAME}-y', out: 'x-acme-y' },
    { text: '${NAME}${NAME}', out: 'acmeacme' },
    { text: '${MISSING:-fallback}', out: 'fallback' },
    { text: '${EMPTY:-fallback}', out: 'fallback' },
    { text: '${NAME:-fallback}', out: 'acme' },
    { text: '${MISSING:-}', out: '' },
    { text: '${MISSING:-a b: c}', out: 'a b: c' },
    { text: '${EMPTY}', out: '' },
    { text: '$${NAME}', out: '${NAME}' },
    { text: 'cost $5', out: 'cost $5' },
    { text: '$NAME', out: '$NAME' },
  ])('$text -> $out', ({ text, out }) => {
    expect(interpolate(text, env)).toEqual({ value: out, issues: [] });
  });

  it.each([
    { text: '${MISSING}', issue: { kind: 'unset', name: 'MISSING' } },
    { text: '${1BAD}', issue: { kind: 'malformed', text: '${1BAD}' } },
    { text: '${}', issue: { kind: 'malformed', text: '${}' } },
    { text: '${A:-${B}}', issue: { kind: 'malformed', text: '${A:-${B}' } },
    { text: 'x ${NAME', issue: { kind: 'unterminated' } },
    { text: '${SECRET}', issue: { kind: 'refused', name: 'SECRET', reason: 'not-allowed' } },
    // A default does not stand in for a refused name: that would hide the mistake.
    {
      text: '${SECRET:-x}',
      issue: { kind: 'refused', name: 'SECRET', reason: 'not-allowed' },
    },
  ])('reports $text', ({ text, issue }) => {
    expect(interpolate(text, env).issues).toEqual([issue]);
  });
});

describe('interpolation in a config', () => {
  const text = yaml(
    'version: 1',
    'workspace:',
    '  id: ${WS_ID}',
    'tags:',
    '  - name: ${TAG:-default-tag}',
    '  - name: literal-$${TAG}',
    'companies:',
    '  - company_id: "${COMPANY}"',
    '    ${NOT_A_KEY}: 1',
  );

  it('substitutes set variables and defaults, keeps escapes literal, never touches keys', async () => {
    const text2 = text.replace('    ${NOT_A_KEY}: 1\n', '');
    const { desired } = await load(text2, { env: { ...ALLOW, WS_ID: 'ws-42', COMPANY: 'acme' } });
    expect(desired.workspace.id).toBe('ws-42');
    expect(desired.tags.map((t) => t.name)).toEqual(['default-tag', 'literal-${TAG}']);
    expect(desired.companies[0]?.companyId).toBe('acme');
  });

  it('uses the variable over the default when it is set', async () => {
    const text2 = text.replace('    ${NOT_A_KEY}: 1\n', '');
    const { desired } = await load(text2, {
      env: { ...ALLOW, WS_ID: 'w', COMPANY: 'c', TAG: 'from-env' },
    });
    expect(desired.tags[0]?.name).toBe('from-env');
  });

  it('reports an unset variable at its scalar and does not interpolate keys', async () => {
    const problem = await onlyProblem(text.replace('    ${NOT_A_KEY}: 1\n', ''), {
      env: { ...ALLOW, COMPANY: 'c' },
    });
    expect(problem).toMatchObject({
      pos: { line: 3, col: 7 },
      message: 'environment variable `WS_ID` is not set',
      hint: expect.stringContaining('export WS_ID='),
    });
    const keyProblem = await onlyProblem(text, {
      env: { ...ALLOW, WS_ID: 'w', COMPANY: 'c', NOT_A_KEY: 'x' },
    });
    expect(keyProblem.message).toBe('unknown key `${NOT_A_KEY}` in companies[0]');
  });

  it('validates the substituted value, not the reference', async () => {
    const problem = await onlyProblem(yaml('version: 1', 'workspace:', '  region: ${REGION}'), {
      env: { ...ALLOW, REGION: 'mars' },
    });
    expect(problem).toMatchObject({
      pos: { line: 3, col: 11 },
      message: '`region` must be one of us, eu, au',
    });
  });
});
