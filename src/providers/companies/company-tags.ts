// Company tags are written through POST /tags. In 2.16 a company that cannot be tagged no longer
// fails the request (the 2.15 404 is gone); the response reports `tagged` per company instead,
// so it has to be read, or a failed tag would pass silently and show again on the next plan.
import type {
  ApiTagCompanyRequest,
  ApiTagCreateResponse,
  ApiUntagCompanyRequest,
} from '../../intercom/api-types.js';
import type { IntercomClient } from '../../intercom/client-types.js';
import { UserError } from '../../errors/user-error.js';

export interface CompanyRef {
  /** Intercom id. */
  id: string;
  /** The config's company_id, for messages. */
  companyId: string;
}

export async function setCompanyTag(
  client: IntercomClient,
  tagName: string,
  company: CompanyRef,
  tagged: boolean,
): Promise<void> {
  const body: ApiTagCompanyRequest | ApiUntagCompanyRequest = tagged
    ? { name: tagName, companies: [{ id: company.id }] }
    : { name: tagName, companies: [{ id: company.id, untag: true }] };
  const response = await client.post<ApiTagCreateResponse>('/tags', body);
  const reported = response?.companies;
  // An older response shape without per-company flags gives nothing to check.
  if (!Array.isArray(reported)) return;
  const entry =
    reported.find((c) => c.id === company.id || c.id === company.companyId) ??
    (reported.length === 1 ? reported[0] : undefined);
  // Untagging a company Intercom no longer has is harmless, so only a refusal counts there.
  if (tagged ? entry?.tagged === true : entry?.tagged !== true) return;
  const verb = tagged ? 'tag' : 'untag';
  throw new UserError(
    `Intercom did not ${verb} company "${company.companyId}" (id ${company.id}) ${tagged ? 'with' : 'from'} tag "${tagName}"`,
    {
      hint: 'the company may have been deleted or archived meanwhile; run plan again to see the current state',
    },
  );
}
