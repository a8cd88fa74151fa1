// The cross-reference checks are independent of each other and of the schema result, so they all
// run and all report: a user fixing a file should not meet its problems one run at a time.
import type { Problem } from '../errors/problem.js';
import { checkAdmins } from './check-admins.js';
import { checkDerivedKeys, checkDuplicates } from './check-duplicates.js';
import { checkParentCycles } from './check-parent-cycles.js';
import { checkPreviousNames } from './check-previous-names.js';
import { checkReferences } from './check-references.js';
import { checkScopedNames } from './check-scoped-names.js';
import type { RawConfig } from './raw-config.js';
import type { SourceMap } from './source-map.js';

export function checkConfig(raw: RawConfig, map: SourceMap): Problem[] {
  return [
    ...checkDerivedKeys(raw, map),
    ...checkDuplicates(raw, map),
    ...checkScopedNames(raw, map),
    ...checkReferences(raw, map),
    ...checkParentCycles(raw, map),
    ...checkPreviousNames(raw, map),
    ...checkAdmins(raw, map),
  ];
}
