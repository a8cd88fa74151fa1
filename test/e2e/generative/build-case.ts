// A spec becomes a case: the sandbox seed, the config and its files, the model the oracle checks
// against, and the refusals the plan owes.
import type { SandboxSeed } from '../../../src/sandbox/index.js';
import { buildAdmins } from './build-admins.js';
import { buildArticles } from './build-articles.js';
import { buildCollections } from './build-collections.js';
import { buildCompanies } from './build-companies.js';
import { newContext, type BuildContext } from './build-context.js';
import { buildTags } from './build-tags.js';
import type { Model } from './model.js';
import { CONFIG_FILE, toYaml } from './render.js';
import type { Spec } from './spec.js';

export const WORKSPACE_ID = 'gen1';

export interface Case {
  seed: SandboxSeed;
  /** The config (CONFIG_FILE) and every file beside it, by relative path. */
  files: Record<string, string>;
  model: Model;
  /** Why the plan must refuse (with a position); empty when it may go ahead. */
  mustRefuse: string[];
}

export function buildCase(spec: Spec): Case {
  const ctx = newContext(spec);
  ctx.seed.app = { id_code: WORKSPACE_ID, name: 'Generated' };
  ctx.seed.help_center = { locales: ctx.model.locales };
  if (spec.workspaceGuard) ctx.config.workspace = { id: WORKSPACE_ID };
  ctx.config.prune = spec.prune;
  buildAdmins(ctx);
  buildTags(ctx);
  const collections = buildCollections(ctx);
  buildArticles(ctx, collections);
  buildCompanies(ctx);
  protectNames(ctx);
  return {
    seed: ctx.seed,
    files: { [CONFIG_FILE]: toYaml(ordered(ctx)), ...ctx.files },
    model: ctx.model,
    mustRefuse: ctx.mustRefuse,
  };
}

/** The top-level `protected:` list, picked among every name the case uses. */
function protectNames(ctx: BuildContext): void {
  const seed = ctx.seed;
  const pool = [
    ...(seed.tags ?? []).map((t) => t.name),
    ...(seed.collections ?? []).map((c) => c.name),
    ...(seed.articles ?? []).map((a) => a.title),
    ...(seed.companies ?? []).map((c) => c.company_id),
    ...ctx.model.tags.map((t) => t.name),
    ...ctx.model.collections.map((c) => c.name),
  ];
  if (pool.length === 0) return;
  const names = [...new Set(ctx.spec.protectedNames.map((i) => pool[i % pool.length]!))];
  if (names.length === 0) return;
  ctx.config.protected = names;
  ctx.model.protected = names;
}

/** Sections in the order a person writes them; empty lists left out. */
function ordered(ctx: BuildContext): Record<string, unknown> {
  const order = [
    'version',
    'workspace',
    'prune',
    'protected',
    'tags',
    'collections',
    'articles',
    'articles_dir',
    'companies',
    'admins',
  ];
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const v = ctx.config[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = v;
  }
  return out;
}
