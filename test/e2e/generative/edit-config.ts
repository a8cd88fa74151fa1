// Edits a case's config on disk the way a person would between two runs, and returns the case
// with its model updated to match.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Case } from './build-case.js';
import type { CaseRun } from './harness.js';
import { toYaml } from './render.js';

/** Declares one more tag, with a name nothing else uses. */
export function declareOneMoreTag(run: CaseRun, c: Case): Case {
  const doc = parse(readFileSync(run.config, 'utf8')) as Record<string, unknown>;
  const used = new Set(
    [
      ...c.model.tags.flatMap((t) => [t.name, ...t.previous]),
      ...run.sb.state.tags.map((t) => t.name),
    ].map((n) => n.toLowerCase()),
  );
  let name = 'declared before resume';
  while (used.has(name)) name += ' x';
  doc.tags = [...((doc.tags as unknown[] | undefined) ?? []), { name }];
  writeFileSync(run.config, toYaml(doc));
  run.note(`# (the config now also declares tag ${JSON.stringify(name)})`);
  return {
    ...c,
    model: { ...c.model, tags: [...c.model.tags, { name, previous: [], ensure: 'present' }] },
  };
}
