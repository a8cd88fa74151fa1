import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { resolveBaseUrl } from '../../src/intercom/create-client.js';
import { testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('resolveBaseUrl', () => {
  it('defaults to the US host', () => {
    expect(resolveBaseUrl({})).toBe('https://api.intercom.io');
  });

  it.each([
    ['us', 'https://api.intercom.io'],
    ['eu', 'https://api.eu.intercom.io'],
    ['au', 'https://api.au.intercom.io'],
    ['EU', 'https://api.eu.intercom.io'],
  ])('maps INTERCOM_REGION=%s', (region, url) => {
    expect(resolveBaseUrl({ INTERCOM_REGION: region })).toBe(url);
  });

  it('uses the config region when the environment names none', () => {
    expect(resolveBaseUrl({}, 'au')).toBe('https://api.au.intercom.io');
    expect(resolveBaseUrl({ INTERCOM_REGION: '' }, 'au')).toBe('https://api.au.intercom.io');
  });

  it('lets INTERCOM_REGION win over the config region', () => {
    expect(resolveBaseUrl({ INTERCOM_REGION: 'eu' }, 'au')).toBe('https://api.eu.intercom.io');
  });

  it('lets INTERCOM_API_URL win over everything, without a trailing slash', () => {
    const env = { INTERCOM_API_URL: 'http://localhost:4010/', INTERCOM_REGION: 'eu' };
    expect(resolveBaseUrl(env, 'au')).toBe('http://localhost:4010');
  });

  it('rejects an unknown region as a UserError naming its source', () => {
    expect(() => resolveBaseUrl({ INTERCOM_REGION: 'mars' })).toThrow(UserError);
    expect(() => resolveBaseUrl({ INTERCOM_REGION: 'mars' })).toThrow(/INTERCOM_REGION "mars"/);
    expect(() => resolveBaseUrl({}, 'ca')).toThrow(/workspace.region "ca"/);
  });

  it('rejects a non-http INTERCOM_API_URL without echoing it', () => {
    const run = () => resolveBaseUrl({ INTERCOM_API_URL: 'ftp://user:pw@host' });
    expect(run).toThrow(UserError);
    expect(run).not.toThrow(/pw@host/);
    expect(() => resolveBaseUrl({ INTERCOM_API_URL: 'not a url' })).toThrow(UserError);
  });
});

describe('createClient base URL', () => {
  it('calls the EU host for region eu', async () => {
    const scope = nock('https://api.eu.intercom.io').get('/tags').reply(200, { data: [] });
    const { client } = testClient({ region: 'eu' });
    await expect(client.get('/tags')).resolves.toEqual({ data: [] });
    expect(scope.isDone()).toBe(true);
  });

  it('calls the AU host for region au', async () => {
    const scope = nock('https://api.au.intercom.io').get('/me').reply(200, { type: 'admin' });
    await testClient({ region: 'au' }).client.get('/me');
    expect(scope.isDone()).toBe(true);
  });

  it('prefers baseUrl over region and keeps a path prefix', async () => {
    const scope = nock('http://localhost:4010')
      .get('/proxy/tags')
      .reply(200, { data: [{ id: '1' }] });
    const { client } = testClient({ region: 'eu', baseUrl: 'http://localhost:4010/proxy/' });
    await expect(client.get('/tags')).resolves.toEqual({ data: [{ id: '1' }] });
    expect(scope.isDone()).toBe(true);
  });
});
