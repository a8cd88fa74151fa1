// Region -> base URL lives apart from the client so the CLI can resolve (and report a bad
// INTERCOM_REGION as a user error) before any request is built, and so tests need no client.
// Precedence is INTERCOM_API_URL > INTERCOM_REGION > the config's region > US: the environment
// wins over the file, as it does for every other setting, so CI can point a checked-in config
// at a proxy or the sandbox without editing it.
import { UserError } from '../errors/user-error.js';

export type Region = 'us' | 'eu' | 'au';

export const REGION_BASE_URLS: Readonly<Record<Region, string>> = {
  us: 'https://api.intercom.io',
  eu: 'https://api.eu.intercom.io',
  au: 'https://api.au.intercom.io',
};

export function isRegion(value: string): value is Region {
  return Object.hasOwn(REGION_BASE_URLS, value);
}

/** The base URL for a region; an unknown region is a UserError naming where it came from. */
export function regionBaseUrl(region: string, source = 'region'): string {
  const normalized = region.trim().toLowerCase();
  if (!isRegion(normalized)) {
    throw new UserError(`unknown ${source} "${region}"`, { hint: 'use one of: us, eu, au' });
  }
  return REGION_BASE_URLS[normalized];
}

/**
 * The base URL to call, from `INTERCOM_API_URL`, `INTERCOM_REGION` or the config's region.
 * @example resolveBaseUrl(process.env, desired.region) // 'https://api.eu.intercom.io'
 */
export function resolveBaseUrl(
  env: Readonly<Record<string, string | undefined>>,
  regionFromConfig?: string,
): string {
  const override = env.INTERCOM_API_URL?.trim();
  if (override) return checkedUrl(override);
  const fromEnv = env.INTERCOM_REGION?.trim();
  if (fromEnv) return regionBaseUrl(fromEnv, 'INTERCOM_REGION');
  if (regionFromConfig) return regionBaseUrl(regionFromConfig, 'workspace.region');
  return REGION_BASE_URLS.us;
}

function checkedUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // The value is not echoed: a proxy URL can carry credentials in its userinfo.
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UserError('INTERCOM_API_URL is not an http(s) URL', {
      hint: 'set it to a base URL such as http://localhost:4010, or unset it',
    });
  }
  return value.replace(/\/+$/, '');
}
