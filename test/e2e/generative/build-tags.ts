// Tags: one name space for seed and config (Intercom tag names ignore case), so a new name never
// collides by accident; collisions are made on purpose by `how`.
import type { SeedTag } from '../../../src/sandbox/index.js';
import { put, type BuildContext, type Yaml } from './build-context.js';
import type { DeclTag } from './model.js';
import { swapCase, UniqueNames } from './text.js';

export const tagSeedId = (i: number): string => String(101 + i);
const MISSING_TAG_ID = (i: number): string => String(9901 + i);

export function buildTags(ctx: BuildContext): void {
  const names = new UniqueNames((s) => s.toLowerCase());
  const seedTags: SeedTag[] = [];
  const entries: Yaml[] = [];
  ctx.spec.tags.forEach((t, i) => {
    const seedName = t.live ? names.take(t.name) : undefined;
    if (seedName !== undefined) seedTags.push({ id: tagSeedId(i), name: seedName });
    ctx.tagSeedNames.push(seedName);
    if (t.decl === 'none') {
      ctx.tagConfigNames.push(undefined);
      ctx.tagPresent.push(false);
      return;
    }
    const how = t.how === 'pin' && !t.live ? 'same' : t.how;
    const base = seedName ?? names.take(t.name);
    const decl: DeclTag = { name: base, previous: [], ensure: t.decl };
    if (how === 'case') decl.name = swapCase(base);
    if (how === 'rename' && t.decl === 'present') {
      decl.name = names.take(t.newName);
      decl.previous = [base];
    }
    if (how === 'pin') {
      decl.name = names.take(t.newName);
      decl.id = tagSeedId(i);
    }
    if (how === 'pinMissing') {
      decl.id = MISSING_TAG_ID(i);
      if (t.decl === 'present') ctx.mustRefuse.push(`tag "${decl.name}" is pinned to a missing id`);
    }
    const entry: Yaml = { name: decl.name };
    put(entry, 'id', decl.id);
    if (decl.previous.length > 0) entry.previous_names = decl.previous;
    if (t.decl === 'absent') entry.ensure = 'absent';
    if (t.protect) entry.protect = true;
    entries.push(entry);
    ctx.model.tags.push(decl);
    ctx.tagConfigNames.push(decl.name);
    ctx.tagPresent.push(t.decl === 'present');
  });
  if (seedTags.length > 0) ctx.seed.tags = seedTags;
  if (entries.length > 0) ctx.config.tags = entries;
}
