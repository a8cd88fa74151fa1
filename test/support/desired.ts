// One empty Desired for tests that build the rest inline.
import type { Desired } from '../../src/model/desired.js';

export function emptyDesired(parts: Partial<Desired> = {}): Desired {
  return {
    configPath: '/work/workspace.yaml',
    version: 1,
    workspace: {},
    prune: { tags: false, collections: false, articles: false, companies: false },
    protected: [],
    tags: [],
    collections: [],
    articles: [],
    companies: [],
    admins: [],
    ...parts,
  };
}
