// What a provider may ask the planner about other kinds. PlanRefs answers while it diffs (tags and
// collections are matched before articles and companies); RequestRefs resolves the references a
// change's requests carry, once, at plan time.
import type { Kind } from '../model/objects.js';
import type { IdType, Placeholder } from '../model/request.js';

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
  /** Admin id for an email (any case), from GET /admins: every teammate, declared or not. */
  adminIdOf(email: string): string | undefined;
  /** Locales of the workspace's help centers (GET /help_center/help_centers); undefined = not read. */
  helpCenterLocales(): ReadonlySet<string> | undefined;
}

export type IdValue = string | number | Placeholder;

/** Resolves the references of one change's requests. Each call is recorded on the change. */
export interface RequestRefs {
  /**
   * A declared object's id as a request carries it: the live id it matched, or a placeholder for
   * its create earlier in this apply. Throws UnresolvedReferenceError when it has neither.
   */
  idOf(kind: Kind, key: string, as: IdType): IdValue;
  /** A teammate's admin id (any admin of the workspace, declared under `admins:` or not). */
  adminId(email: string): number;
  /** The id this change's own create will get, for the requests that follow it. */
  ownId(as: IdType): Placeholder;
}
