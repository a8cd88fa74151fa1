// Every sandbox endpoint, on success and on at least one documented error, checked against
// Intercom's own OpenAPI 2.16 description: a mismatch fails with the validator's lines, which
// name the offending field.
import { describe, expect, it } from 'vitest';
import { validateResponse } from '../support/openapi.js';
import { helpCenterCases } from './fidelity-cases-help-center.js';
import { workspaceCases } from './fidelity-cases-workspace.js';
import { baseSeed, call, start } from './helpers.js';

const cases = [...workspaceCases, ...helpCenterCases];

describe('responses match the Intercom 2.16 OpenAPI description', () => {
  it.each(cases)('$method $name -> $status', async (c) => {
    const sb = await start({ seed: baseSeed });
    const path = typeof c.path === 'function' ? c.path(sb) : c.path;
    const reply = await call(
      sb,
      c.method,
      path,
      c.body,
      c.anonymous ? {} : { Authorization: 'Bearer t' },
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(c.status);
    const [method, checkedPath] = c.validateAs
      ? [c.validateAs.method, c.validateAs.path(sb)]
      : [c.method, path];
    const problems = validateResponse(method, checkedPath, reply.status, reply.body);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the end-of-scroll page matches too', async () => {
    const sb = await start({ seed: baseSeed });
    const first = await call(sb, 'GET', '/companies/scroll');
    const end = await call(sb, 'GET', `/companies/scroll?scroll_param=${first.body.scroll_param}`);
    expect(end.body.data).toEqual([]);
    const problems = validateResponse('GET', '/companies/scroll', end.status, end.body);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
