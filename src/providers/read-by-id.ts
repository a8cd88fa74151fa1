// Saved-plan conflict checks and resumed applies re-read single objects. Every kind does it the
// same way: GET the object's own path and normalise it with the very function `list` uses, so a
// re-read object compares equal to a listed one; a 404 means it is gone, which is an answer, not
// an error.
import type { IntercomClient } from '../intercom/client-types.js';
import type { LiveObject } from '../model/objects.js';
import { IntercomApiError } from '../errors/intercom-api-error.js';

export async function readById<T>(
  client: IntercomClient,
  path: string,
  normalise: (raw: T) => LiveObject,
): Promise<LiveObject | undefined> {
  const raw = await getOrUndefined<T>(client, path);
  return raw === undefined ? undefined : normalise(raw);
}

/** GET that resolves undefined on 404 and throws every other failure. */
export async function getOrUndefined<T>(
  client: IntercomClient,
  path: string,
): Promise<T | undefined> {
  try {
    return await client.get<T>(path);
  } catch (error) {
    if (error instanceof IntercomApiError && error.status === 404) return undefined;
    throw error;
  }
}
