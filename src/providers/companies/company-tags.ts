// Company tags are written through POST /tags. In 2.16 a company that cannot be tagged no longer
// fails the request (the 2.15 404 is gone); the response reports `tagged` per company instead,
// so it has to be read, or a failed tag would pass silently and show again on the next plan.
import type { ApiTagCreateResponse } from '../../intercom/api-types.js';
import type { PlannedRequest } from '../../model/request.js';
import type { IdValue } from '../refs.js';
import type { FilledRequest } from '../../apply/fill-request.js';
import { UserError } from '../../errors/user-error.js';

/** POST /tags that tags (or untags) one company; `companyId` is its Intercom id. */
export function companyTagRequest(
  tagName: string,
  companyId: IdValue,
  tagged: boolean,
): PlannedRequest {
  const company = tagged ? { id: companyId } : { id: companyId, untag: true };
  return { method: 'POST', path: '/tags', body: { name: tagName, companies: [company] } };
}

/** Throws when a 200 answer to a company tag request says the company was not (un)tagged. */
export function checkCompanyTagAnswer(
  sent: FilledRequest,
  answer: unknown,
  companyLabel: string,
): void {
  const companies = sent.body?.companies;
  if (sent.path !== '/tags' || !Array.isArray(companies) || companies.length !== 1) return;
  const request = companies[0] as { id?: unknown; untag?: unknown };
  const tagged = request.untag !== true;
  const id = String(request.id);
  const reported = (answer as ApiTagCreateResponse | undefined)?.companies;
  // An older response shape without per-company flags gives nothing to check.
  if (!Array.isArray(reported)) return;
  const entry =
    reported.find((c) => String(c.id) === id) ?? (reported.length === 1 ? reported[0] : undefined);
  // Untagging a company Intercom no longer has is harmless, so only a refusal counts there.
  if (tagged ? entry?.tagged === true : entry?.tagged !== true) return;
  const verb = tagged ? 'tag' : 'untag';
  throw new UserError(
    `Intercom did not ${verb} company ${companyLabel} (id ${id}) ${tagged ? 'with' : 'from'} tag "${String(sent.body?.name)}"`,
    {
      hint: 'the company may have been deleted or archived meanwhile; run plan again to see the current state',
    },
  );
}
