// HTTPS_PROXY / HTTP_PROXY / NO_PROXY, read from the environment the caller passes (the CLI's
// Io), never from process.env. Node 20's fetch ignores these variables, and undici's
// EnvHttpProxyAgent both reads process.env itself and prints an "experimental" warning on stderr;
// a client talks to one base URL, so the proxy is chosen once here with the same rules
// (lowercase names win; an https target falls back to HTTP_PROXY; NO_PROXY lists hosts, `.suffix`
// or `*.suffix` patterns, optional `:port`, or `*`) and requests go through undici's ProxyAgent.
import type { Dispatcher } from 'undici';
import { UserError } from '../errors/user-error.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The proxy requests to `baseUrl` must go through, or undefined for a direct connection. */
export function proxyFor(baseUrl: string, env: Env): URL | undefined {
  const target = new URL(baseUrl);
  const httpProxy = setting(env, 'http_proxy');
  const chosen =
    target.protocol === 'https:' ? (setting(env, 'https_proxy') ?? httpProxy) : httpProxy;
  if (!chosen || bypasses(setting(env, 'no_proxy')?.value ?? '', target)) return undefined;
  try {
    const url = new URL(chosen.value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // reported below
  }
  // The value is not echoed: a proxy URL can carry credentials.
  throw new UserError(`${chosen.name} is not an http(s) URL`, {
    hint: 'set it to a proxy URL such as http://proxy.example:3128, or unset it',
  });
}

/** Whether NO_PROXY exempts `target` from the proxy. */
export function bypasses(noProxy: string, target: URL): boolean {
  const host = target.hostname.toLowerCase();
  const port = Number(target.port) || (target.protocol === 'https:' ? 443 : 80);
  for (const entry of noProxy.split(/[\s,]+/)) {
    if (entry === '') continue;
    if (entry === '*') return true;
    const withPort = /^(.+):(\d+)$/.exec(entry);
    if (withPort && Number(withPort[2]) !== port) continue;
    const pattern = (withPort?.[1] ?? entry).toLowerCase().replace(/^\*?\.?/, '');
    if (host === pattern || host.endsWith(`.${pattern}`)) return true;
  }
  return false;
}

/** undici is loaded only when a proxy is set: it is not needed for direct connections. */
export async function proxyDispatcher(proxy: URL): Promise<Dispatcher> {
  const { ProxyAgent } = await import('undici');
  return new ProxyAgent(proxy.href);
}

function setting(env: Env, lower: string): { name: string; value: string } | undefined {
  for (const name of [lower, lower.toUpperCase()]) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}
