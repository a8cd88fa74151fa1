// Runs one change so that a lost answer never becomes a duplicate or a false failure. The
// transport repeats writes only after a 429 (nothing happened); after a 5xx, a dropped connection
// or a timeout a write may or may not have been applied, and only the caller knows how to tell:
// - a create is not idempotent, so before any retry the object is looked up by its natural key
//   (`findCreated`); found means the create worked and its id is used. A create is never repeated
//   without a lookup that said "not there": if the lookup itself fails, the change fails.
// - updates and deletes are idempotent, so they are repeated once; a repeated delete answered 404
//   means the first attempt removed the object.
import type { Change, CreateChange } from '../model/change.js';
import type { LiveObject } from '../model/objects.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { Provider } from '../providers/provider.js';
import type { ApplyRefs } from '../providers/refs.js';
import { IntercomApiError } from '../errors/intercom-api-error.js';
import { IntercomNetworkError } from '../errors/intercom-network-error.js';

/** A create is sent at most this many times (the first attempt and two retries). */
export const MAX_CREATE_ATTEMPTS = 3;

export interface ChangeOutcome {
  /** The object as created or updated; undefined for deletes. */
  live?: LiveObject;
  /** True when the answer was lost and the outcome was established by a lookup or a retry. */
  recovered: boolean;
}

/** Whether a write may have been applied although no success came back. */
export function isLostAnswer(error: unknown): boolean {
  if (error instanceof IntercomNetworkError) return true;
  return error instanceof IntercomApiError && error.status >= 500;
}

export async function runChange(
  provider: Provider,
  client: IntercomClient,
  change: Change,
  refs: ApplyRefs,
): Promise<ChangeOutcome> {
  if (change.action === 'create') return createOnce(provider, client, change, refs);
  if (change.action === 'update') {
    return retryOnce(async () => ({
      live: await provider.update(client, change, refs),
      recovered: false,
    }));
  }
  return retryOnce(
    async () => (await provider.delete(client, change, refs), { recovered: false }),
    // The first attempt was applied; its answer was lost.
    (error) => error instanceof IntercomApiError && error.status === 404,
  );
}

async function createOnce(
  provider: Provider,
  client: IntercomClient,
  change: CreateChange,
  refs: ApplyRefs,
): Promise<ChangeOutcome> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
    try {
      const live = await provider.create(client, change, refs);
      return { live, recovered: attempt > 1 };
    } catch (error) {
      if (!isLostAnswer(error)) throw error;
      lastError = error;
    }
    let found: LiveObject | undefined;
    try {
      found = await provider.findCreated(client, change, refs);
    } catch {
      // Whether the object exists cannot be told; creating again could make a second one. The
      // next plan reads the workspace and will match it if it is there.
      throw lastError;
    }
    if (found) return { live: found, recovered: true };
  }
  throw lastError;
}

async function retryOnce(
  attempt: () => Promise<ChangeOutcome>,
  doneAfterRetry: (error: unknown) => boolean = () => false,
): Promise<ChangeOutcome> {
  try {
    return await attempt();
  } catch (error) {
    if (!isLostAnswer(error)) throw error;
  }
  try {
    return { ...(await attempt()), recovered: true };
  } catch (error) {
    if (doneAfterRetry(error)) return { recovered: true };
    throw error;
  }
}
