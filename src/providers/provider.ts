// A provider fills small hooks; the planner owns the algorithm (octoDNS BaseProvider.plan).
// Nothing here prints; problems are returned or thrown as typed errors.
import type { Desired } from '../model/desired.js';
import type { CreateChange, DeleteChange, FieldChange, UpdateChange } from '../model/change.js';
import type { DesiredObject, Kind, LiveObject } from '../model/objects.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { ApplyRefs, PlanRefs } from './refs.js';
import type { Problem } from '../errors/problem.js';

export interface Provider {
  kind: Kind;
  /** Kinds whose objects this kind references; they are matched and written first. */
  dependsOn: Kind[];
  /**
   * 'full': created, updated and deleted. 'update-only': only matched live objects are updated
   * (admins: their away state); an unmatched desired object is a plan problem.
   */
  lifecycle: 'full' | 'update-only';
  /** Whether natural-key matching ignores case (tags: Intercom names are case-insensitive). */
  caseInsensitiveNames: boolean;
  /** The desired objects of this kind from the typed config. */
  fromConfig(desired: Desired): DesiredObject[];
  /** Problems the API would reject, found before any request (e.g. a title over the limit). */
  audit(desired: Desired): Problem[];
  /** Bulk read of every live object of this kind, normalised. */
  list(client: IntercomClient): Promise<LiveObject[]>;
  /**
   * Look up one declared object the bulk list cannot show (companies without users).
   * Called for desired objects that matched nothing. Optional.
   */
  findOne?(client: IntercomClient, desired: DesiredObject): Promise<LiveObject | undefined>;
  /** The live scope a desired object should be matched in (a collection's parent id), if any. */
  desiredScope?(desired: DesiredObject, refs: PlanRefs): string | null | undefined;
  /** Desired keys of other objects this one references, for ordering: `{kind, key}`. */
  references(desired: DesiredObject): { kind: Kind; key: string }[];
  /** Problems only live state can show (an author who is not an admin). Optional. */
  checkRefs?(desired: DesiredObject, refs: PlanRefs): Problem[];
  /** Field-level differences; live undefined means create (every managed field, no `before`). */
  diff(desired: DesiredObject, live: LiveObject | undefined, refs: PlanRefs): FieldChange[];
  /** Fields shown for a delete (usually the name). */
  describe(live: LiveObject, refs: PlanRefs): FieldChange[];
  /**
   * Re-read one live object by id, normalised exactly as `list` does (saved-plan conflict checks,
   * resumed applies). Resolves undefined when the object no longer exists.
   */
  read(client: IntercomClient, id: string): Promise<LiveObject | undefined>;
  /**
   * After a create whose answer was lost (timeout, dropped connection, 5xx), find the object by
   * its natural key if Intercom created it anyway, so it is never created twice.
   */
  findCreated(
    client: IntercomClient,
    change: CreateChange,
    refs: ApplyRefs,
  ): Promise<LiveObject | undefined>;
  create(client: IntercomClient, change: CreateChange, refs: ApplyRefs): Promise<LiveObject>;
  update(client: IntercomClient, change: UpdateChange, refs: ApplyRefs): Promise<LiveObject>;
  delete(client: IntercomClient, change: DeleteChange, refs: ApplyRefs): Promise<void>;
}
