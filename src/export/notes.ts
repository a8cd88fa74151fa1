// What an export cannot show must be said where the user reads the result. Intercom leaves every
// company without users out of GET /companies and its scroll, and no endpoint lists them, so
// export can neither write nor count them; a known one is only reached by its company_id.
import type { Kind } from '../model/objects.js';

/** Lines for the end of the export summary, each ending in a newline. */
export function exportNotes(kinds: ReadonlySet<Kind>): string[] {
  if (!kinds.has('company')) return [];
  return [
    'Companies without users are not in this export: Intercom leaves them out of every company ' +
      'list, so they cannot be listed or counted. To manage one you know, declare it under ' +
      '`companies:` in workspace.yaml by its company_id (`- company_id: acme-42`); plan looks it ' +
      'up with GET /companies?company_id=acme-42.\n',
  ];
}
