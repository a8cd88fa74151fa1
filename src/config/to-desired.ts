// The last step, reached only when no errors were found, so it may trust the schema and the
// checks. Defaults are filled in here and nowhere else; fields not written stay absent (not
// managed) while an explicit null is kept (clear it), which is the contract of model/desired.ts.
import type {
  ArticleTranslation,
  CollectionTranslation,
  Desired,
  DesiredAdmin,
  DesiredArticle,
  DesiredCollection,
  DesiredCompany,
  DesiredTag,
} from '../model/desired.js';
import type { Body } from './body-files.js';
import { pinnedName } from './pinned-name.js';
import { slugify } from './slug.js';
import type { DataPath, SourceMap } from './source-map.js';
import type {
  YamlArticle,
  YamlCollection,
  YamlCompany,
  YamlConfig,
  YamlTag,
} from './yaml-shape.js';

export interface DesiredContext {
  configPath: string;
  map: SourceMap;
  bodies: Map<number, Body>;
  /** Article translations with their bodies rendered, by article index. */
  translations?: Map<number, Record<string, ArticleTranslation>>;
}

export function toDesired(config: YamlConfig, ctx: DesiredContext): Desired {
  const { map } = ctx;
  const idAt = (path: DataPath, value: string | number | undefined): string | undefined =>
    value === undefined
      ? undefined
      : typeof value === 'string'
        ? value
        : exactInteger(value, map.source(path));
  const declared = (
    kind: string,
    i: number,
    e: YamlTag | YamlCollection | YamlArticle | YamlCompany,
  ) =>
    defined({
      id: idAt([kind, i, 'id'], e.id),
      ensure: e.ensure ?? 'present',
      protect: e.protect ?? false,
      pos: map.entry([kind, i]),
    });
  // The schema lets only an `ensure: absent` entry leave its name out, and then it has an id.
  type Pinned = { id?: string | number };
  const nameOf = (kind: string, i: number, e: Pinned, name?: string): string =>
    name ?? pinnedName(idAt([kind, i, 'id'], e.id) ?? '');
  const keyOf = (kind: string, i: number, e: Pinned, name?: string): string =>
    name === undefined ? nameOf(kind, i, e) : slugify(name);

  return {
    configPath: ctx.configPath,
    version: 1,
    workspace: defined({
      region: config.workspace?.region,
      id: idAt(['workspace', 'id'], config.workspace?.id),
    }),
    prune: {
      tags: config.prune?.tags ?? false,
      collections: config.prune?.collections ?? false,
      articles: config.prune?.articles ?? false,
      companies: config.prune?.companies ?? false,
    },
    protected: config.protected ?? [],
    settingsPos: {
      prune: Object.fromEntries(
        (['tags', 'collections', 'articles', 'companies'] as const)
          .filter((k) => config.prune?.[k] !== undefined)
          .map((k) => [k, map.entry(['prune', k])]),
      ),
      protected: (config.protected ?? []).map((_, i) => map.entry(['protected', i])),
    },
    tags: (config.tags ?? []).map((t, i): DesiredTag => ({
      ...declared('tags', i, t),
      name: nameOf('tags', i, t, t.name),
      previousNames: t.previous_names ?? [],
    })),
    collections: (config.collections ?? []).map((c, i): DesiredCollection => ({
      ...declared('collections', i, c),
      ...defined({
        key: c.key ?? keyOf('collections', i, c, c.name),
        name: nameOf('collections', i, c, c.name),
        description: c.description,
        parent: c.parent,
        translations: collectionTranslations(c),
      }),
      previousNames: c.previous_names ?? [],
    })),
    articles: (config.articles ?? []).map((a, i): DesiredArticle => {
      const body = ctx.bodies.get(i);
      return {
        ...declared('articles', i, a),
        ...defined({
          key: a.key ?? keyOf('articles', i, a, a.title),
          title: nameOf('articles', i, a, a.title),
          description: a.description,
          author: a.author?.toLowerCase(),
          state: a.state,
          collection: a.collection,
          body: body?.html,
          bodyFile: a.body_file ?? body?.bodyFile,
          translations: ctx.translations?.get(i),
        }),
        previousNames: a.previous_names ?? [],
      };
    }),
    companies: (config.companies ?? []).map((c, i): DesiredCompany => ({
      ...declared('companies', i, c),
      companyId: nameOf('companies', i, c, idAt(['companies', i, 'company_id'], c.company_id)),
      ...defined({
        name: c.name,
        plan: c.plan,
        size: c.size,
        website: c.website,
        industry: c.industry,
        monthlySpend: c.monthly_spend,
        remoteCreatedAt: c.remote_created_at,
        customAttributes: c.custom_attributes,
        tags: c.tags,
      }),
    })),
    admins: (config.admins ?? []).map((a, i): DesiredAdmin =>
      defined({
        email: a.email.toLowerCase(),
        id: idAt(['admins', i, 'id'], a.id),
        away: a.away,
        reassign: a.reassign ?? false,
        reason: a.reason,
        pos: map.entry(['admins', i]),
      }),
    ),
  };
}

function collectionTranslations(
  c: YamlCollection,
): Record<string, CollectionTranslation> | undefined {
  if (c.translations === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(c.translations).map(([locale, t]) => [
      locale,
      defined({ name: t.name, description: t.description }),
    ]),
  );
}

/** Drops keys whose value is undefined, so "not written" is absent rather than present-but-undefined. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** An id written as a number: its source text when the number lost precision, e.g. 2^64 ids. */
function exactInteger(value: number, source: string | undefined): string {
  return Number.isSafeInteger(value) || source === undefined || !/^\d+$/.test(source)
    ? String(value)
    : source;
}
