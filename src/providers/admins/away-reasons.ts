// Away status reasons are referred to by label in the config and by id in the API. They are read
// once per run (list() at plan time, or lazily at apply time from a saved plan) and kept here.
import type { ApiAwayStatusReason, ApiAwayStatusReasonList } from '../../intercom/api-types.js';
import type { IntercomClient } from '../../intercom/client-types.js';
import { idString } from '../desired-base.js';

export interface AwayReasons {
  load(client: IntercomClient): Promise<void>;
  loaded(): boolean;
  /** The label of a reason id, deleted ones included (an admin may still carry one). */
  labelOf(id: string): string | undefined;
  /** A usable (not deleted) reason by label: exact first, then ignoring case if unambiguous. */
  find(label: string): ApiAwayStatusReason | undefined;
  /** Labels that can be set, for hints. */
  labels(): string[];
}

export function createAwayReasons(): AwayReasons {
  let reasons: ApiAwayStatusReason[] | undefined;
  const usable = (): ApiAwayStatusReason[] => (reasons ?? []).filter((r) => r.deleted !== true);
  return {
    async load(client) {
      const list = await client.get<ApiAwayStatusReasonList>('/away_status_reasons');
      reasons = list.data ?? [];
    },
    loaded: () => reasons !== undefined,
    labelOf: (id) => reasons?.find((r) => idString(r.id) === id)?.label,
    find(label) {
      const exact = usable().find((r) => r.label === label);
      if (exact) return exact;
      const loose = usable().filter((r) => r.label.toLowerCase() === label.toLowerCase());
      return loose.length === 1 ? loose[0] : undefined;
    },
    labels: () => usable().map((r) => r.label),
  };
}
