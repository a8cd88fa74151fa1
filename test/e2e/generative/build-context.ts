// Shared state while a spec becomes a case: what the seed and the config hold so far.
import type { SandboxSeed } from '../../../src/sandbox/index.js';
import type { Model } from './model.js';
import { LOCALE_POOL, type LocaleRef, type Spec } from './spec.js';

export type Yaml = Record<string, unknown>;

export interface BuildContext {
  spec: Spec;
  seed: SandboxSeed;
  model: Model;
  /** The config document, in the order it is written. */
  config: Yaml;
  /** Files beside the config (body files, articles_dir), by path relative to the config. */
  files: Record<string, string>;
  /** Why the plan must refuse this config (each refusal must carry a position). */
  mustRefuse: string[];
  /** Help-center locales besides the default `en`. */
  extraLocales: string[];
  adminEmails: string[];
  /** Per tag spec: its seeded name and its name in the config, when it has them. */
  tagSeedNames: (string | undefined)[];
  tagConfigNames: (string | undefined)[];
  tagPresent: boolean[];
}

export function newContext(spec: Spec): BuildContext {
  const extraLocales = LOCALE_POOL.filter((_l, i) => spec.locales[i] === true);
  return {
    spec,
    seed: {},
    model: {
      prune: spec.prune,
      protected: [],
      locales: ['en', ...extraLocales],
      tags: [],
      collections: [],
      articles: [],
      companies: [],
      admins: [],
    },
    config: { version: 1 },
    files: {},
    mustRefuse: [],
    extraLocales,
    adminEmails: spec.admins.map((_a, i) => `admin${i + 1}@gen.example`),
    tagSeedNames: [],
    tagConfigNames: [],
    tagPresent: [],
  };
}

/**
 * A locale for a seeded translation (only the help center's own) or a configured one (sometimes
 * one the help center lacks, which plan must refuse). Undefined: none fits.
 */
export function resolveLocale(
  ctx: BuildContext,
  ref: LocaleRef,
  side: 'seed' | 'config',
): string | undefined {
  const unknown = LOCALE_POOL.filter((l) => !ctx.extraLocales.includes(l));
  const useKnown = ref.known || side === 'seed';
  const pool = useKnown ? ctx.extraLocales : unknown;
  return pool.length === 0 ? undefined : pool[ref.index % pool.length];
}

/** Drops entries whose key repeats an earlier one. */
export function byLocale<T extends { locale: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(t.locale) && (seen.add(t.locale), true));
}

export function isKnownLocale(ctx: BuildContext, locale: string): boolean {
  return ctx.extraLocales.includes(locale);
}

/** Writes `value` under `key` only when it is defined: an omitted field is not managed. */
export function put(target: Yaml, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}
