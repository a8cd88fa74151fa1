// Collections: a seeded tree up to 3 deep and a configured tree up to 3 deep that may differ from
// it (moves, renames, new levels). Names are matched within their parent and may repeat across
// parents; keys are explicit or derived from the name, and always unique.
import type { SeedCollection } from '../../../src/sandbox/index.js';
import {
  byLocale,
  isKnownLocale,
  put,
  resolveLocale,
  type BuildContext,
  type Yaml,
} from './build-context.js';
import { KNOWN_GAPS } from './known-gaps.js';
import type { DeclCollection } from './model.js';
import type { CollectionTranslationSpec } from './spec.js';
import {
  renameAbsentTwins,
  separateScopedNames,
  slug,
  specNames,
  swapCase,
  UniqueNames,
} from './text.js';

export const collectionSeedId = (i: number): string => String(301 + i);
const MAX_DEPTH = 3;

export interface CollectionIndex {
  /** Per spec: the seeded collection's id, if seeded. */
  seedIds: (string | undefined)[];
  /** Per spec: the declared entry, if declared. */
  decls: (DeclCollection | undefined)[];
  /**
   * Per declared key: the seeded collection a present entry should match (same name, a rename
   * or a pin), or `new:<key>` for one that is created or deleted.
   */
  liveIdOfKey: Map<string, string>;
  /** Ids of seeded collections an `ensure: absent` entry names (or pins): the plan deletes them. */
  doomedIds: Set<string>;
}

export function buildCollections(ctx: BuildContext): CollectionIndex {
  const specs = ctx.spec.collections;
  const { names, newNames } = specNames(specs);
  const seedIds: (string | undefined)[] = specs.map((c, i) =>
    c.live ? collectionSeedId(i) : undefined,
  );
  // The seeded tree: parents are earlier specs, so it has no cycles; depth is capped.
  const depth: number[] = [];
  const liveParent: (number | undefined)[] = [];
  const seeded: SeedCollection[] = [];
  specs.forEach((c, i) => {
    if (!c.live) return;
    const j = c.live.parent !== null && i > 0 ? c.live.parent % i : undefined;
    const parent =
      j !== undefined && seedIds[j] && (depth[j] ?? MAX_DEPTH) < MAX_DEPTH ? j : undefined;
    depth[i] = parent === undefined ? 1 : depth[parent]! + 1;
    liveParent[i] = parent;
    const translations = seedTranslations(ctx, c.live.translations);
    seeded.push({
      id: seedIds[i]!,
      name: names[i]!,
      description: c.live.description,
      parent_id: parent === undefined ? null : seedIds[parent]!,
      ...(translations ? { translated_content: translations } : {}),
    });
  });
  if (seeded.length > 0) ctx.seed.collections = seeded;

  // The configured entries, then their parents once every key is known.
  const keys = new UniqueNames();
  const decls: (DeclCollection | undefined)[] = specs.map((c, i) => {
    if (c.decl === 'none') return undefined;
    const how = c.how === 'pin' && !c.live ? 'same' : c.how;
    const decl: DeclCollection = { key: '', name: names[i]!, previous: [], ensure: c.decl };
    if (how === 'case') decl.name = swapCase(names[i]!);
    if (how === 'rename' && c.decl === 'present') {
      decl.name = newNames[i]!;
      decl.previous = [names[i]!];
    }
    if (how === 'pin') {
      decl.name = newNames[i]!;
      decl.id = seedIds[i];
    }
    if (how === 'pinMissing') {
      decl.id = String(9901 + i);
      if (c.decl === 'present')
        ctx.mustRefuse.push(`collection "${decl.name}" is pinned to a missing id`);
    }
    const derived = slug(decl.name);
    decl.key =
      c.explicitKey || derived === '' || keys.has(derived)
        ? keys.take(`col${i}`)
        : keys.take(derived);
    if (c.decl === 'present') {
      if (c.description !== undefined) decl.description = c.description;
      if (c.translations !== undefined) {
        decl.translations = configTranslations(ctx, c.translations, `collection "${decl.name}"`);
      }
    }
    return decl;
  });
  const absent = decls.filter((d) => d?.ensure === 'absent');
  const doomedIds = new Set(
    seeded
      .filter((x) =>
        absent.some((d) => d!.id === x.id || (d!.id === undefined && d!.name === x.name)),
      )
      .map((x) => x.id!),
  );
  resolveParents(ctx, decls);
  const liveIdOfKey = new Map(
    decls.flatMap((d, k) => {
      if (!d) return [];
      const s = specs[k]!;
      const kept = s.live && s.decl === 'present' && ['same', 'rename', 'pin'].includes(s.how);
      return [[d.key, kept ? seedIds[k]! : `new:${d.key}`] as const];
    }),
  );
  separateScopedNames(
    decls.filter((d): d is DeclCollection => d !== undefined),
    (d) => d.parent,
    (d) => d.name,
    (d, name) => (d.name = name),
  );
  if (KNOWN_GAPS.absentTwinOfPresentEntry) {
    renameAbsentTwins(
      decls.filter((d): d is DeclCollection => d !== undefined),
      (d) => d.parent,
      (d) => d.name,
      (d, name) => (d.name = name),
    );
  }
  dropClashingPreviousNames(decls);
  const entries: Yaml[] = [];
  specs.forEach((c, i) => {
    const d = decls[i];
    if (!d) return;
    const entry: Yaml = { name: d.name };
    if (c.explicitKey || d.key !== slug(d.name)) entry.key = d.key;
    put(entry, 'id', d.id);
    put(entry, 'parent', d.parent);
    put(entry, 'description', d.description);
    if (d.previous.length > 0) entry.previous_names = d.previous;
    if (d.translations) {
      entry.translations = Object.fromEntries(
        Object.entries(d.translations).map(([l, t]) => [l, { ...t }]),
      );
    }
    if (d.ensure === 'absent') entry.ensure = 'absent';
    if (c.protect) entry.protect = true;
    entries.push(entry);
    ctx.model.collections.push(d);
  });
  if (entries.length > 0) ctx.config.collections = entries;
  return { seedIds, decls, liveIdOfKey, doomedIds };
}

function seedTranslations(
  ctx: BuildContext,
  specs: CollectionTranslationSpec[],
): SeedCollection['translated_content'] {
  const list = byLocale(
    specs.flatMap((t) => {
      const locale = resolveLocale(ctx, t.locale, 'seed');
      return locale ? [{ ...t, locale }] : [];
    }),
  );
  if (list.length === 0) return undefined;
  return Object.fromEntries(
    list.map((t) => [
      t.locale,
      {
        name: t.name,
        ...(typeof t.description === 'string' ? { description: t.description } : {}),
      },
    ]),
  );
}

function configTranslations(
  ctx: BuildContext,
  specs: CollectionTranslationSpec[],
  owner: string,
): DeclCollection['translations'] {
  const list = byLocale(
    specs.flatMap((t) => {
      const locale = resolveLocale(ctx, t.locale, 'config');
      return locale ? [{ ...t, locale }] : [];
    }),
  );
  for (const t of list) {
    if (!isKnownLocale(ctx, t.locale))
      ctx.mustRefuse.push(`${owner}: locale ${t.locale} is not in the help center`);
  }
  return Object.fromEntries(
    list.map((t) => [
      t.locale,
      { name: t.name, ...(t.description !== undefined ? { description: t.description } : {}) },
    ]),
  );
}

/**
 * `parent` points at another declared entry (a present one, for a present entry); cycles and
 * trees deeper than 3 are cut by moving the offending entry to the top level.
 */
function resolveParents(ctx: BuildContext, decls: (DeclCollection | undefined)[]): void {
  const specs = ctx.spec.collections;
  const n = specs.length;
  const indexOfKey = new Map<string, number>();
  decls.forEach((d, i) => d && indexOfKey.set(d.key, i));
  decls.forEach((d, i) => {
    const p = specs[i]!.parent;
    if (!d || p === 'omit') return;
    const target = p === null ? undefined : decls[p % n];
    const usable =
      target !== undefined &&
      target !== d &&
      (d.ensure === 'absent' || target.ensure === 'present');
    d.parent = usable ? target.key : null;
  });
  for (const d of decls) {
    if (!d) continue;
    const seen = new Set<DeclCollection>([d]);
    let depth = 1;
    for (let at = d; typeof at.parent === 'string';) {
      const up = decls[indexOfKey.get(at.parent)!]!;
      depth += 1;
      if (seen.has(up) || depth > MAX_DEPTH) {
        d.parent = null;
        break;
      }
      seen.add(up);
      at = up;
    }
  }
}

/** A previous name may not be another entry's name, nor claimed by two entries. */
function dropClashingPreviousNames(decls: (DeclCollection | undefined)[]): void {
  const names = new Set(decls.flatMap((d) => (d ? [d.name] : [])));
  const claimed = new Set<string>();
  for (const d of decls) {
    if (!d) continue;
    d.previous = d.previous.filter((p) => p !== d.name && !names.has(p) && !claimed.has(p));
    d.previous.forEach((p) => claimed.add(p));
  }
}
