// The generated description of one case: a seed workspace and a config, made together from one
// list of specs per kind. Each spec says whether the object is live (in the seed), whether and
// how the config declares it, and the field values on each side, so seeds hold objects that
// match the config, objects that do not, and objects that match it only partly. References
// (parents, collections, authors, tags) are indexes resolved when the case is built, so every
// spec stays valid however fast-check shrinks the lists around it.
import type { BodyText } from './arbitraries-names.js';

export type Decl = 'none' | 'present' | 'absent';
/**
 * How a declared entry finds its live object: by the same name, the name in other letter case
 * (tags only; others treat it as a new name), a new name with `previous_names`, a new name with
 * an `id` pin, or an id pin to an object that does not exist.
 */
export type How = 'same' | 'case' | 'rename' | 'pin' | 'pinMissing';

/** A locale: usually one the seeded help center has, sometimes one it lacks. */
export interface LocaleRef {
  known: boolean;
  index: number;
}

export interface TagSpec {
  name: string;
  newName: string;
  live: boolean;
  decl: Decl;
  how: How;
  protect: boolean;
}

export interface CollectionTranslationSpec {
  locale: LocaleRef;
  name: string;
  description?: string | null;
}

export interface CollectionSpec {
  name: string;
  newName: string;
  /** Take the previous spec's name (a deliberate duplicate); names are unique otherwise. */
  twin: boolean;
  live?: {
    /** Index of an earlier collection spec, or null for the top level. */
    parent: number | null;
    description: string | null;
    translations: CollectionTranslationSpec[];
  };
  decl: Decl;
  how: How;
  protect: boolean;
  explicitKey: boolean;
  /** Index of the parent collection spec; null for the top level; 'omit' leaves it unmanaged. */
  parent: 'omit' | null | number;
  description?: string | null;
  translations?: CollectionTranslationSpec[];
}

export interface ArticleTranslationSpec {
  locale: LocaleRef;
  title: string;
  description?: string | null;
  body?: BodyText;
}

export type BodyMode = 'inline' | 'md' | 'html';

export interface ArticleSpec {
  title: string;
  newTitle: string;
  /** Take the previous spec's title (a deliberate duplicate); titles are unique otherwise. */
  twin: boolean;
  live?: {
    collection: number | null;
    author: number;
    state: 'published' | 'draft';
    description: string | null;
    body: BodyText;
    translations: ArticleTranslationSpec[];
  };
  decl: Decl;
  how: How;
  protect: boolean;
  explicitKey: boolean;
  /** Written in articles_dir as Markdown with front matter instead of under `articles:`. */
  inDir: boolean;
  collection: 'omit' | null | number;
  /** Index of a seeded admin, or an email that is no teammate's. */
  author: number | 'stranger';
  authorUpperCase: boolean;
  state?: 'published' | 'draft';
  description?: string | null;
  body?: { text: BodyText; mode: BodyMode };
  translations?: ArticleTranslationSpec[];
}

export interface CompanyFields {
  name?: string;
  plan?: string;
  size?: number;
  website?: string;
  industry?: string;
  monthly_spend?: number;
  custom_attributes?: Record<string, string | number | boolean>;
}

export interface CompanySpec {
  companyId: string;
  live?: {
    /** No users: Intercom leaves it out of lists and the scroll. */
    hidden: boolean;
    fields: CompanyFields;
    /** Indexes of tag specs (live ones are used). */
    tags: number[];
  };
  decl: Decl;
  protect: boolean;
  /** Pin the declared company to its Intercom id (`id:`), or to one that does not exist. */
  pin: 'none' | 'own' | 'missing';
  fields: CompanyFields;
  /** Indexes of tag specs (declared present ones are used); undefined leaves tags unmanaged. */
  tags?: number[];
}

export interface AdminSpec {
  live: { away: boolean; reassign: boolean; reason: number | null };
  decl?: { away: boolean; reassign?: boolean; reason?: null | number | 'missing' };
  emailUpperCase: boolean;
}

export interface ReasonSpec {
  label: string;
  deleted: boolean;
}

export interface Spec {
  admins: AdminSpec[];
  reasons: ReasonSpec[];
  /** Which of LOCALE_POOL the seeded help center has besides its default `en`. */
  locales: boolean[];
  tags: TagSpec[];
  collections: CollectionSpec[];
  articles: ArticleSpec[];
  companies: CompanySpec[];
  prune: { tags: boolean; collections: boolean; articles: boolean; companies: boolean };
  /** Indexes into every name the case has, for the top-level `protected:` list. */
  protectedNames: number[];
  /** Write the workspace guard (`workspace.id`) matching the sandbox. */
  workspaceGuard: boolean;
}

export const LOCALE_POOL = ['fr', 'de', 'ja', 'pt-BR', 'es'] as const;
