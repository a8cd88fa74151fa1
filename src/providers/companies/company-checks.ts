// Values the company endpoints would reject or silently change, caught before any request.
import type { Desired } from '../../model/desired.js';
import type { Problem } from '../../errors/problem.js';

/** The documented upper limit of monthly_spend (a signed 32-bit integer). */
export const MAX_MONTHLY_SPEND = 2 ** 31 - 1;

export function auditCompanies(desired: Desired): Problem[] {
  const problems: Problem[] = [];
  for (const c of desired.companies) {
    if (c.ensure === 'absent') continue;
    if (c.companyId.trim() === '') {
      problems.push({
        pos: c.pos,
        message: 'company_id is empty',
        hint: 'give every company the id your own systems use for it; Intercom cannot change it later',
      });
    }
    const spend = c.monthlySpend;
    if (spend !== undefined && spend > MAX_MONTHLY_SPEND) {
      problems.push({
        pos: c.pos,
        message: `company "${c.companyId}": monthly_spend ${spend} is over Intercom's limit of ${MAX_MONTHLY_SPEND}`,
        hint: 'store larger amounts in a custom attribute, or in a larger unit',
      });
    } else if (spend !== undefined && !Number.isInteger(spend)) {
      problems.push({
        pos: c.pos,
        severity: 'warning',
        message: `company "${c.companyId}": monthly_spend ${spend} will be stored as ${Math.trunc(spend)}`,
        hint: 'Intercom truncates monthly_spend to a whole number; write it as one',
      });
    }
  }
  return problems;
}
