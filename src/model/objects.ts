// The planner's generic view of one object, desired or live. Providers translate between the
// typed config / Intercom JSON and these records; the planner matches, diffs and orders them
// without knowing what a tag or an article is (octoDNS's Record + BaseProvider split).
import type {
  DesiredAdmin,
  DesiredArticle,
  DesiredCollection,
  DesiredCompany,
  DesiredTag,
  Ensure,
  SourcePos,
} from './desired.js';

export type Kind = 'tag' | 'collection' | 'article' | 'company' | 'admin';

/** Dependency order for creates and updates; deletes run in reverse. */
export const KIND_ORDER: readonly Kind[] = ['tag', 'collection', 'article', 'company', 'admin'];

export type FieldValue =
  string | number | boolean | null | string[] | { [key: string]: string | number | boolean | null };

/**
 * Comparable fields. A field that is `undefined` on the desired side is not managed.
 * References are expressed as desired keys (collection key, admin email, tag names), never as
 * live ids, so plans read in the user's own words.
 */
export type Fields = Record<string, FieldValue | undefined>;

/** The typed config entry behind each kind's DesiredObject, so providers need no casts. */
export interface DesiredData {
  tag: DesiredTag;
  collection: DesiredCollection;
  article: DesiredArticle;
  company: DesiredCompany;
  admin: DesiredAdmin;
}

export interface DesiredObject<K extends Kind = Kind> {
  kind: K;
  /** The local handle: tag name, collection key, article key, company_id, admin email. */
  key: string;
  /** The natural key used for matching: tag name, collection name, article title, company_id, email. */
  name: string;
  previousNames: string[];
  /** Id pin from the YAML. */
  id?: string;
  ensure: Ensure;
  protect: boolean;
  fields: Fields;
  /** The typed config entry this came from, for building requests. */
  data: DesiredData[K];
  pos: SourcePos;
}

export interface LiveObject {
  kind: Kind;
  /** Intercom id, always a string. */
  id: string;
  /** Natural key: tag name, collection name, article title, company_id, admin email. */
  name: string;
  /** Live id of the containing object used for scoped matching (collection parent, article collection). */
  scope?: string | null;
  /** Normalised fields; references still hold live ids here (providers translate with PlanRefs). */
  fields: Fields;
  /** The Intercom JSON as read, for providers only. */
  raw: unknown;
}
