// A provider fills small hooks; the planner owns the algorithm (octoDNS BaseProvider.plan).
// Nothing here prints; problems are returned or thrown as typed errors. The contract is typed per
// kind (`Provider<'article'>` sees `DesiredArticle` data), and facts that are not behaviour
// (prune key, case rules, lifecycle) live in model/kinds.ts, not here.
import type { Desired } from '../model/desired.js';
import type { ChangeDraft, CreateChange, FieldChange } from '../model/change.js';
import type { DesiredObject, Kind, LiveObject } from '../model/objects.js';
import type { PlannedRequest } from '../model/request.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { FilledRequest } from '../apply/fill-request.js';
import type { PlanRefs, RequestRefs } from './refs.js';
import type { Problem } from '../errors/problem.js';

// Method syntax on purpose: it lets a `Provider<'tag'>` stand in a list of `Provider`s.
export interface Provider<K extends Kind = Kind> {
  kind: K;
  /** Kinds whose objects this kind references; they are matched and written first. */
  dependsOn: Kind[];
  /** The desired objects of this kind from the typed config. */
  fromConfig(desired: Desired): DesiredObject<K>[];
  /** Problems the API would reject, found before any request (e.g. a title over the limit). */
  audit(desired: Desired): Problem[];
  /** Bulk read of every live object of this kind, normalised. */
  list(client: IntercomClient): Promise<LiveObject[]>;
  /**
   * Look up one declared object the bulk list cannot show (companies without users).
   * Called for desired objects that matched nothing. Optional.
   */
  findOne?(client: IntercomClient, desired: DesiredObject<K>): Promise<LiveObject | undefined>;
  /** The live scope a desired object should be matched in (a collection's parent id), if any. */
  desiredScope?(desired: DesiredObject<K>, refs: PlanRefs): string | null | undefined;
  /** Desired keys of other objects this one references, for ordering: `{kind, key}`. */
  references(desired: DesiredObject<K>): { kind: Kind; key: string }[];
  /** Problems only live state can show (an author who is not an admin). Optional. */
  checkRefs?(desired: DesiredObject<K>, refs: PlanRefs): Problem[];
  /** Field-level differences; live undefined means create (every managed field, no `before`). */
  diff(desired: DesiredObject<K>, live: LiveObject | undefined, refs: PlanRefs): FieldChange[];
  /** Fields shown for a delete (usually the name). */
  describe(live: LiveObject, refs: PlanRefs): FieldChange[];
  /**
   * The exact requests that carry out a change, built at plan time. Every reference goes through
   * `refs`, which resolves it to a live id (recording it for saved-plan checks) or to a
   * placeholder for an object created earlier in the same apply. For a create, the first
   * request's answer must carry the new object's `id`.
   */
  requests(change: ChangeDraft<K>, refs: RequestRefs): PlannedRequest[];
  /**
   * Checks a 2xx answer that can still mean failure (2.16's per-company `tagged` on POST /tags);
   * throws a UserError when it does. Optional.
   */
  checkAnswer?(change: ChangeDraft<K>, sent: FilledRequest, answer: unknown): void;
  /**
   * Re-read one live object by id, normalised exactly as `list` does (saved-plan conflict checks).
   * Resolves undefined when the object no longer exists.
   */
  read(client: IntercomClient, id: string): Promise<LiveObject | undefined>;
  /**
   * After a create whose answer was lost (timeout, dropped connection, 5xx), find the object by
   * its natural key, in the scope the sent request named, so it is never created twice.
   */
  findCreated(
    client: IntercomClient,
    change: CreateChange<K>,
    sent: FilledRequest,
  ): Promise<LiveObject | undefined>;
}
