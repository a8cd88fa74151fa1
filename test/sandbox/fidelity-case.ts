// One row of the fidelity table: a request to the sandbox, the status it must get, and how to
// find the spec operation that documents the answer.
import type { Sandbox } from '../../src/sandbox/index.js';

export interface FidelityCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string | ((sb: Sandbox) => string);
  body?: unknown;
  status: number;
  /** Leave out the Authorization header. */
  anonymous?: boolean;
  /** Validate as this operation instead, where the spec documents the answer elsewhere. */
  validateAs?: { method: string; path: (sb: Sandbox) => string };
}
