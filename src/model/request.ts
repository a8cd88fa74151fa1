// A change carries the exact HTTP requests apply will send (dnscontrol's corrections carry their
// own action), with every reference already resolved at plan time: an author is an admin id, a
// collection is its live id. The one thing a plan cannot know is the id of an object created
// earlier in the same apply; that is a placeholder (Terraform's "known after apply") naming the
// create whose answer fills it. Apply only fills placeholders; it never looks anything up.
import type { Kind } from './objects.js';

export type HttpMethod = 'POST' | 'PUT' | 'DELETE';

/** How a filled-in id is written: the 2.16 spec types some ids as integers, others as strings. */
export type IdType = 'integer' | 'string';

export interface Placeholder {
  /** The ref of the create change whose new id fills this value. */
  known_after_apply: string;
  as: IdType;
}

export type RequestValue =
  | string
  | number
  | boolean
  | null
  | Placeholder
  | RequestValue[]
  | { [key: string]: RequestValue | undefined };

export interface PlannedRequest {
  method: HttpMethod;
  /** Path below the API base URL with ids already in it, e.g. `/articles/39`. */
  path: string;
  /** JSON body; may hold placeholders. Absent for DELETE. */
  body?: { [key: string]: RequestValue | undefined };
}

/** A live object a change refers to without writing it (an article's collection or author). */
export interface Reference {
  kind: Kind;
  id: string;
}

export function isPlaceholder(value: unknown): value is Placeholder {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Placeholder).known_after_apply === 'string' &&
    Object.keys(value).length === 2
  );
}

export function placeholder(ref: string, as: IdType): Placeholder {
  return { known_after_apply: ref, as };
}

/** Every placeholder in a request, in order. */
export function placeholdersOf(value: RequestValue | undefined): Placeholder[] {
  if (value === undefined || value === null || typeof value !== 'object') return [];
  if (isPlaceholder(value)) return [value];
  const items: (RequestValue | undefined)[] = Array.isArray(value) ? value : Object.values(value);
  return items.flatMap(placeholdersOf);
}
