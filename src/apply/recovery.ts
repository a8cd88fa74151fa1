// Runs one change's planned requests so that a lost answer never becomes a duplicate or a false
// failure. The transport repeats writes only after a 429 (nothing happened); after a 5xx, a
// dropped connection or a timeout a write may or may not have been applied, and only the caller
// knows how to tell:
// - a create (the first request of a create change) is not idempotent, so before any retry the
//   object is looked up by its natural key (`findCreated`); found means the create worked and its
//   id is used. A create is never repeated without a lookup that said "not there": if the lookup
//   itself fails, the change fails.
// - every other request (updates, deletes, company tagging) is idempotent, so it is repeated
//   once; a repeated delete answered 404 means the first attempt removed the object.
import type { Change, CreateChange } from '../model/change.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { Provider } from '../providers/provider.js';
import { IntercomApiError } from '../errors/intercom-api-error.js';
import { IntercomNetworkError } from '../errors/intercom-network-error.js';
import { fillRequest, type FilledRequest } from './fill-request.js';
import { createdId, sendRequest } from './send-request.js';

/** A create is sent at most this many times (the first attempt and two retries). */
export const MAX_CREATE_ATTEMPTS = 3;

export interface ChangeOutcome {
  /** The object's id: the new id for a create. */
  id: string;
  /** True when an answer was lost and the outcome was established by a lookup or a retry. */
  recovered: boolean;
}

/** Whether a write may have been applied although no success came back. */
export function isLostAnswer(error: unknown): boolean {
  if (error instanceof IntercomNetworkError) return true;
  return error instanceof IntercomApiError && error.status >= 500;
}

/**
 * @param idOf the id a create earlier in this apply produced, by its change ref
 */
export async function runChange(
  provider: Provider,
  client: IntercomClient,
  change: Change,
  idOf: (ref: string) => string | undefined,
): Promise<ChangeOutcome> {
  let id: string | undefined = change.action === 'create' ? undefined : change.id;
  let recovered = false;
  const lookup = (ref: string): string | undefined => (ref === change.ref ? id : idOf(ref));
  for (const [i, planned] of change.requests.entries()) {
    const sent = fillRequest(planned, lookup);
    if (change.action === 'create' && i === 0) {
      const created = await createOnce(provider, client, change, sent);
      id = created.id;
      recovered ||= created.recovered;
      continue;
    }
    const deleting = sent.method === 'DELETE';
    const answer = await retryOnce(
      () => sendRequest(client, sent),
      // The first attempt was applied; its answer was lost.
      (error) => deleting && error instanceof IntercomApiError && error.status === 404,
    );
    recovered ||= answer.retried;
    if (!answer.gone) provider.checkAnswer?.(change, sent, answer.value);
  }
  if (id === undefined) throw new Error(`${change.ref} has no request to create it`);
  return { id, recovered };
}

async function createOnce(
  provider: Provider,
  client: IntercomClient,
  change: CreateChange,
  sent: FilledRequest,
): Promise<ChangeOutcome> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
    try {
      const answer = await sendRequest(client, sent);
      provider.checkAnswer?.(change, sent, answer);
      return { id: createdId(sent, answer), recovered: attempt > 1 };
    } catch (error) {
      if (!isLostAnswer(error)) throw error;
      lastError = error;
    }
    let found;
    try {
      found = await provider.findCreated(client, change, sent);
    } catch {
      // Whether the object exists cannot be told; creating again could make a second one. The
      // next plan reads the workspace and will match it if it is there.
      throw lastError;
    }
    if (found) return { id: found.id, recovered: true };
  }
  throw lastError;
}

async function retryOnce(
  attempt: () => Promise<unknown>,
  doneAfterRetry: (error: unknown) => boolean,
): Promise<{ value: unknown; retried: boolean; gone: boolean }> {
  try {
    return { value: await attempt(), retried: false, gone: false };
  } catch (error) {
    if (!isLostAnswer(error)) throw error;
  }
  try {
    return { value: await attempt(), retried: true, gone: false };
  } catch (error) {
    if (doneAfterRetry(error)) return { value: undefined, retried: true, gone: true };
    throw error;
  }
}
