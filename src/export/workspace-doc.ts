// workspace.yaml as export writes it: every object pinned by id (so later renames are updates),
// prune off everywhere (an export must never make the next apply delete anything), collections
// with keys and parents, and the articles left to `articles_dir`. Sections are separated by a
// blank line; the first comment line points editors at the JSON Schema.
import { Document, isMap, isPair, isScalar } from 'yaml';
import type { ApiAdmin, ApiCompany } from '../intercom/api-types.js';
import type { LiveObject } from '../model/objects.js';
import { textOrNull } from '../providers/desired-base.js';
import { localeEntries } from '../providers/translated-fields.js';
import type { CollectionEntry } from './collection-layout.js';
import type { LiveWorkspace } from './read-live.js';

export const EXPORT_MARKER = 'Exported by intercom-as-code';
export const ARTICLES_DIR = 'help-center/';
const HIDDEN_COMPANIES =
  ' Companies without users are not listed by Intercom, so not exported. Add one you know by\n' +
  ' its company_id (- company_id: acme-42): plan looks it up with GET /companies?company_id=.';

export interface WorkspaceParts {
  live: LiveWorkspace;
  schemaPath: string;
  tags?: LiveObject[];
  collections?: CollectionEntry[];
  companies?: LiveObject[];
  admins?: LiveObject[];
  articles: boolean;
}

export function workspaceYaml(parts: WorkspaceParts): string {
  const { live } = parts;
  const doc = new Document({
    version: 1,
    ...(live.workspaceId || live.region
      ? {
          workspace: {
            ...(live.region ? { region: live.region } : {}),
            ...(live.workspaceId ? { id: live.workspaceId } : {}),
          },
        }
      : {}),
    prune: { tags: false, collections: false, articles: false, companies: false },
    ...(parts.tags ? { tags: byName(parts.tags).map((t) => ({ name: t.name, id: t.id })) } : {}),
    ...(parts.collections ? { collections: parts.collections.map(collectionEntry) } : {}),
    ...(parts.articles ? { articles_dir: ARTICLES_DIR } : {}),
    ...(parts.companies
      ? { companies: byName(parts.companies).map((c) => companyEntry(c, parts.tags !== undefined)) }
      : {}),
    ...(parts.admins ? { admins: byName(parts.admins).map(adminEntry) } : {}),
  });
  doc.commentBefore = ` yaml-language-server: $schema=${parts.schemaPath}\n ${EXPORT_MARKER}${live.workspaceId ? ` from workspace ${live.workspaceId}` : ''}.\n Every object is pinned by id; prune is off, so applying this file deletes nothing.`;
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items.slice(1)) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      item.key.spaceBefore = true;
      // Said where a user adds the company that export could not see (see notes.ts).
      if (item.key.value === 'companies') item.key.commentBefore = HIDDEN_COMPANIES;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/** Tags by name, companies by company_id, admins by email: a re-export diffs only on changes. */
function byName(list: LiveObject[]): LiveObject[] {
  return [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function collectionEntry(c: CollectionEntry): Record<string, unknown> {
  const translations = Object.fromEntries(
    localeEntries(c.raw.translated_content)
      .filter(([locale, t]) => locale !== c.raw.default_locale && typeof t.name === 'string')
      .map(([locale, t]) => [locale, { name: t.name, description: textOrNull(t.description) }]),
  );
  return {
    key: c.key,
    name: c.live.name,
    id: c.live.id,
    description: textOrNull(c.raw.description),
    ...(c.parent !== undefined ? { parent: c.parent } : {}),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  };
}

function companyEntry(live: LiveObject, withTags: boolean): Record<string, unknown> {
  const c = live.raw as ApiCompany;
  const entry: Record<string, unknown> = { company_id: c.company_id, id: live.id };
  const fields: [string, unknown][] = [
    ['name', c.name],
    ['plan', c.plan?.name],
    ['size', c.size],
    ['website', c.website],
    ['industry', c.industry],
    ['monthly_spend', c.monthly_spend],
    ['remote_created_at', c.remote_created_at],
  ];
  for (const [k, v] of fields) if (v !== undefined && v !== null && v !== '') entry[k] = v;
  const attributes = c.custom_attributes ?? {};
  if (Object.keys(attributes).length > 0) entry['custom_attributes'] = attributes;
  if (withTags) entry['tags'] = (c.tags?.tags ?? []).map((t) => t.name).sort();
  return entry;
}

function adminEntry(live: LiveObject): Record<string, unknown> {
  const a = live.raw as ApiAdmin;
  const reason = live.fields['reason'];
  const known = reason === null || (typeof reason === 'string' && !reason.startsWith('reason #'));
  return {
    email: a.email,
    id: live.id,
    away: a.away_mode_enabled,
    reassign: a.away_mode_reassign,
    ...(a.away_mode_enabled && known ? { reason } : {}),
  };
}
