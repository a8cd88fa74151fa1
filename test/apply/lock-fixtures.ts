import type { Plan } from '../../src/planner/plan.js';

export function emptyPlanForLock(): Plan {
  return {
    formatVersion: '1.0',
    createdAt: '2026-01-01T00:00:00.000Z',
    configPath: '/tmp/workspace.yaml',
    changes: [],
    unmanaged: [],
    summary: { create: 0, update: 0, delete: 0 },
    warnings: [],
    ids: {},
    liveCounts: {},
  };
}
