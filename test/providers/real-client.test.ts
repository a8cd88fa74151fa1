// The providers against the real transport (createClient) and nock: the quirks that depend on
// what the wire carries — a 404 becoming "not found", an empty DELETE body, query strings.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { createClient } from '../../src/intercom/create-client.js';
import { createCompanyProvider } from '../../src/providers/companies/company-provider.js';
import { createTagProvider } from '../../src/providers/tags/tag-provider.js';
import { declared, desired, planRefs } from './refs-fixture.js';
import { createChange, deleteChange, send } from './changes.js';
import { MalformedAnswerError } from '../../src/errors/malformed-answer-error.js';
import { specScrollCompany, specTags } from './spec-fixtures.js';

const BASE = 'http://intercom.test';
const client = () =>
  createClient({ token: 'test-token', baseUrl: BASE, maxRetries: 0, sleep: async () => {} });

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.isDone()).toBe(true);
  nock.cleanAll();
});

describe('providers over the real client', () => {
  const company = createCompanyProvider().fromConfig(
    desired({ companies: [{ ...declared, companyId: 'no-users' }] }),
  )[0]!;

  it('findOne turns 404 company_not_found into "not there"', async () => {
    nock(BASE)
      .get('/companies')
      .query({ company_id: 'no-users' })
      .reply(404, {
        type: 'error.list',
        request_id: 'r1',
        errors: [{ code: 'company_not_found', message: 'Company Not Found' }],
      });
    expect(await createCompanyProvider().findOne!(client(), company)).toBeUndefined();
  });

  it('findOne reads the single company GET /companies?company_id= answers', async () => {
    nock(BASE)
      .get('/companies')
      .query({ company_id: 'no-users' })
      .reply(200, { ...specScrollCompany, company_id: 'no-users', user_count: 0 });
    expect(await createCompanyProvider().findOne!(client(), company)).toMatchObject({
      id: specScrollCompany.id,
      name: 'no-users',
    });
  });

  it('tag delete accepts the empty 200 of DELETE /tags/{id}', async () => {
    nock(BASE).get('/tags').reply(200, { type: 'list', data: specTags });
    nock(BASE).delete('/tags/102').reply(200, '');
    const provider = createTagProvider();
    const [live] = await provider.list(client());
    await expect(
      send(provider, client(), deleteChange(provider, live!, planRefs())),
    ).resolves.toEqual({ id: '102', recovered: false });
  });

  it('a tag create answered 200 without an id fails instead of reporting "created (id undefined)"', async () => {
    nock(BASE).post('/tags', { name: 'fresh' }).reply(200, { type: 'tag', name: 'fresh' });
    const provider = createTagProvider();
    const [d] = provider.fromConfig(
      desired({ tags: [{ ...declared, name: 'fresh', previousNames: [] }] }),
    );
    const error = await send(provider, client(), createChange(provider, d!, planRefs())).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MalformedAnswerError);
    expect((error as Error).message).toBe('POST /tags answered with an object without an id');
  });

  it('a 200 carrying an error.list is a failure, whatever the status said', async () => {
    nock(BASE)
      .delete('/tags/102')
      .reply(200, {
        type: 'error.list',
        request_id: 'r2',
        errors: [{ code: 'tag_has_dependent_objects', message: 'Tag is in use' }],
      });
    const provider = createTagProvider();
    const live = { kind: 'tag' as const, id: '102', name: 'in-use', fields: {}, raw: {} };
    await expect(
      send(provider, client(), deleteChange(provider, live, planRefs())),
    ).rejects.toThrow(
      'DELETE /tags/102 answered with an error list: tag_has_dependent_objects Tag is in use',
    );
  });
});
