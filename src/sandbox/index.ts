// The sandbox's public surface: a local, stateful stand-in for the Intercom REST API 2.16 used by
// `--sandbox`, the end-to-end tests and the benchmarks. Everything else in this folder is internal.
export { startSandbox, DEFAULT_RATE_LIMIT } from './server.js';
export { loadSeedFile } from './seed.js';
export { SCROLL_PAGE_SIZE } from './routes/company-scroll.js';
export type {
  FaultKind,
  FaultMatch,
  FaultOptions,
  RequestLogEntry,
  Sandbox,
  SandboxOptions,
} from './types.js';
export type * from './seed-types.js';
export type * from './state.js';
