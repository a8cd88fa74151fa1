// What a provider may ask the planner about other kinds while it diffs: the planner fills this in
// dependency order (tags and collections are matched before articles and companies).
import type { Kind } from '../model/objects.js';

export interface PlanRefs {
  /** The desired key a live object was matched to, if it was. */
  keyOfLive(kind: Kind, liveId: string): string | undefined;
  /** A label for a live object nobody declared, e.g. `"Old FAQ" (id 12)`. */
  labelOfLive(kind: Kind, liveId: string): string;
  /** The live id matched to a desired key; undefined when it will be created. */
  liveIdOfKey(kind: Kind, key: string): string | undefined;
  /** Lower-cased names of every tag declared with ensure: present. */
  declaredTagNames(): Set<string>;
  /** Admin email (lower case) for an admin id, from GET /admins. */
  adminEmail(adminId: string): string | undefined;
  /** Admin id for an email (any case), from GET /admins. */
  adminIdOf(email: string): string | undefined;
}

/** What a provider may ask while a change runs: ids of objects matched or created so far. */
export interface ApplyRefs {
  /** The live id of a desired key, including objects created earlier in this apply. */
  idOf(kind: Kind, key: string): string | undefined;
  /** The admin id for an email (lower case). */
  adminId(email: string): string | undefined;
}
