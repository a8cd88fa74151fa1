// HTTP(S)_PROXY and NO_PROXY, taken from the env the caller passes (the CLI's Io), not from
// process.env. A local proxy on 127.0.0.1 counts what passes through it: CONNECT tunnels (what
// undici's ProxyAgent opens) and plain absolute-URI requests.
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { bypasses, proxyFor } from '../../src/intercom/proxy.js';
import { testClient } from './helpers.js';

const servers: http.Server[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

async function listen(server: http.Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function intercom() {
  let hits = 0;
  const url = await listen(
    http.createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'list', data: [{ type: 'tag', id: '1', name: 'vip' }] }));
    }),
  );
  return { url, hits: () => hits };
}

async function proxy() {
  let used = 0;
  const server = http.createServer((req, res) => {
    used++;
    const upstream = http.request(req.url!, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  server.on('connect', (req, socket, head) => {
    used++;
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  const url = await listen(server);
  return { url, used: () => used };
}

describe('proxy from the env passed in', () => {
  it('sends requests through HTTP_PROXY', async () => {
    const api = await intercom();
    const via = await proxy();
    const { client } = testClient({ baseUrl: api.url, env: { HTTP_PROXY: via.url } });
    await expect(client.get('/tags')).resolves.toMatchObject({ data: [{ id: '1' }] });
    await client.get('/tags');
    expect(api.hits()).toBe(2);
    expect(via.used()).toBeGreaterThanOrEqual(1); // one tunnel may carry both
  });

  it('goes direct when NO_PROXY names the host', async () => {
    const api = await intercom();
    const via = await proxy();
    const env = { HTTP_PROXY: via.url, NO_PROXY: 'localhost,127.0.0.1' };
    const { client } = testClient({ baseUrl: api.url, env });
    await client.get('/tags');
    expect(api.hits()).toBe(1);
    expect(via.used()).toBe(0);
  });

  it('ignores process.env: only the env passed in counts', async () => {
    const api = await intercom();
    const via = await proxy();
    vi.stubEnv('HTTP_PROXY', via.url);
    vi.stubEnv('http_proxy', via.url);
    const { client } = testClient({ baseUrl: api.url });
    await client.get('/tags');
    expect(via.used()).toBe(0);
  });
});

describe('proxyFor', () => {
  const api = 'https://api.intercom.io';
  it('picks HTTPS_PROXY for https, falls back to HTTP_PROXY, prefers lowercase names', () => {
    expect(proxyFor(api, { HTTPS_PROXY: 'http://s:1', HTTP_PROXY: 'http://p:2' })?.host).toBe(
      's:1',
    );
    expect(proxyFor(api, { HTTP_PROXY: 'http://p:2' })?.host).toBe('p:2');
    expect(proxyFor(api, { https_proxy: 'http://l:3', HTTPS_PROXY: 'http://u:4' })?.host).toBe(
      'l:3',
    );
    expect(proxyFor('http://localhost:4010', { HTTPS_PROXY: 'http://s:1' })).toBeUndefined();
    expect(proxyFor(api, {})).toBeUndefined();
  });

  it('refuses a proxy that is not an http(s) URL without echoing it', () => {
    const call = () => proxyFor(api, { HTTPS_PROXY: 'user:secret@nope' });
    expect(call).toThrow(UserError);
    expect(call).toThrow('HTTPS_PROXY is not an http(s) URL');
  });

  it('matches NO_PROXY hosts, suffixes, ports and *', () => {
    const target = new URL(api);
    expect(bypasses('intercom.io', target)).toBe(true);
    expect(bypasses('.intercom.io', target)).toBe(true);
    expect(bypasses('*.intercom.io', target)).toBe(true);
    expect(bypasses('api.intercom.io:443', target)).toBe(true);
    expect(bypasses('api.intercom.io:8443', target)).toBe(false);
    expect(bypasses('tercom.io, example.com', target)).toBe(false);
    expect(bypasses('*', target)).toBe(true);
    expect(bypasses('', target)).toBe(false);
  });
});
