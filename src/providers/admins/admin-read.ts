// Re-reading one admin needs the away status reasons too, because the normalised admin names its
// reason by label exactly as `list` does. They are read at most once per run: reads of several
// admins in parallel share one in-flight GET /away_status_reasons, and a failed load is retried.
import type { ApiAdmin } from '../../intercom/api-types.js';
import type { IntercomClient } from '../../intercom/client-types.js';
import type { LiveObject } from '../../model/objects.js';
import { getOrUndefined } from '../read-by-id.js';
import type { AwayReasons } from './away-reasons.js';

export type ReasonsLoader = (client: IntercomClient) => Promise<void>;

export function reasonsLoader(reasons: AwayReasons): ReasonsLoader {
  let pending: Promise<void> | undefined;
  return (client) => {
    if (reasons.loaded()) return Promise.resolve();
    pending ??= reasons.load(client).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

export async function readAdmin(
  client: IntercomClient,
  id: string,
  ensureReasons: ReasonsLoader,
  normalise: (a: ApiAdmin) => LiveObject,
): Promise<LiveObject | undefined> {
  const [admin] = await Promise.all([
    getOrUndefined<ApiAdmin>(client, `/admins/${encodeURIComponent(id)}`),
    ensureReasons(client),
  ]);
  return admin === undefined ? undefined : normalise(admin);
}
