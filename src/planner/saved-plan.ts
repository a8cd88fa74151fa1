// `plan --out FILE` then `apply FILE` is the CI workflow: review a plan on the pull request, run
// exactly that plan on merge (Terraform's saved plans). The file carries the plan, a hash of the
// config it came from and a fingerprint of every object it updates or deletes, so apply can
// refuse, or skip, what changed in between. It never carries the token: only the base URL, with
// any credentials or query stripped, for people to read.
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plan } from './plan.js';
import { fingerprint } from './fingerprint.js';
import { canonicalJson } from './canonical-json.js';
import { isRecord, savedPlanProblem } from './saved-plan-shape.js';
import { PlanFileError } from '../errors/plan-file-error.js';

export const SAVED_PLAN_KIND = 'intercom-as-code-saved-plan';
/** Written by this version. Readers accept any 2.x: minor versions only add members. */
export const SAVED_PLAN_FORMAT = '2.0';
/** The major version this reader takes; 1.x plans carried no requests, so apply cannot run them. */
const SAVED_PLAN_MAJOR = '2';
/** Saved plans are a few MB at most; anything larger is not one. */
export const MAX_SAVED_PLAN_BYTES = 100 * 1024 * 1024;

export interface SavedPlan {
  format_version: `2.${number}`;
  kind: typeof SAVED_PLAN_KIND;
  /** ISO timestamp. */
  created_at: string;
  config: {
    /** Absolute path of the config the plan was made from. */
    path: string;
    /** hashConfig() of that config when the plan was made. */
    sha256: string;
  };
  /** The API base URL the plan was made against; informational, never a credential. */
  target: string;
  /** Change ref -> fingerprint() of the live object, for every update and delete. */
  fingerprints: Record<string, string>;
  /** sha256 of the canonical JSON of `plan`, requests included: an edited plan is refused. */
  plan_sha256: string;
  plan: Plan;
}

export interface CreateSavedPlanOptions {
  configHash: string;
  /** The base URL; credentials, query and fragment are removed. */
  target: string;
  /** @default () => new Date() */
  now?: () => Date;
}

export function createSavedPlan(plan: Plan, options: CreateSavedPlanOptions): SavedPlan {
  const fingerprints: Record<string, string> = {};
  for (const c of plan.changes)
    if (c.action !== 'create') fingerprints[c.ref] = fingerprint(c.live);
  return {
    format_version: SAVED_PLAN_FORMAT,
    kind: SAVED_PLAN_KIND,
    created_at: (options.now?.() ?? new Date()).toISOString(),
    config: { path: resolve(plan.configPath), sha256: options.configHash },
    target: safeTarget(options.target),
    fingerprints,
    plan_sha256: hashPlan(plan),
    plan,
  };
}

/** Pretty JSON, written to a temporary file beside the target and renamed over it. */
export async function writeSavedPlan(path: string, saved: SavedPlan): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, JSON.stringify(saved, null, 2) + '\n', { flag: 'wx' });
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw new PlanFileError(
      path,
      'unwritable',
      `cannot write plan file ${path}: ${reason(error)}`,
      {
        hint: 'check that the directory exists and is writable',
        cause: error,
      },
    );
  }
}

export async function readSavedPlan(path: string): Promise<SavedPlan> {
  const remake = `make a new one with \`intercom-as-code plan --out ${path}\``;
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new PlanFileError(path, 'not-a-file', `plan file ${path} is not a file`, {
        hint: `pass the file written by \`plan --out\`, or ${remake}`,
      });
    }
    size = info.size;
  } catch (error) {
    if (error instanceof PlanFileError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new PlanFileError(
      path,
      missing ? 'missing' : 'not-a-file',
      missing
        ? `plan file ${path} does not exist`
        : `cannot read plan file ${path}: ${reason(error)}`,
      { hint: missing ? `check the path, or ${remake}` : 'check its permissions', cause: error },
    );
  }
  if (size > MAX_SAVED_PLAN_BYTES) {
    throw new PlanFileError(
      path,
      'too-large',
      `plan file ${path} is ${Math.round(size / 1024 / 1024)} MB; a saved plan is never over ${MAX_SAVED_PLAN_BYTES / 1024 / 1024} MB`,
      { hint: `check that this is the file \`plan --out\` wrote, or ${remake}` },
    );
  }

  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new PlanFileError(path, 'not-json', `plan file ${path} is not JSON: ${reason(error)}`, {
      hint: `pass the file written by \`plan --out\`, or ${remake}`,
      cause: error,
    });
  }
  return checked(path, value, remake);
}

function checked(path: string, value: unknown, remake: string): SavedPlan {
  const corrupted = (what: string): PlanFileError =>
    new PlanFileError(path, 'corrupted', `plan file ${path} looks corrupted: ${what}`, {
      hint: `saved plans must not be edited by hand; ${remake}`,
    });
  if (!isRecord(value)) throw corrupted('it is not a saved plan object');
  if (value.kind !== SAVED_PLAN_KIND) {
    throw corrupted(
      value.kind === undefined
        ? `it has no \`kind\`, so it is not an intercom-as-code saved plan`
        : `its kind is ${JSON.stringify(value.kind)}, not "${SAVED_PLAN_KIND}"`,
    );
  }
  const version = typeof value.format_version === 'string' ? value.format_version : undefined;
  const major = version?.match(/^(\d+)\.\d+$/)?.[1];
  if (version === undefined || major === undefined) {
    throw corrupted('`format_version` is missing or not a version like "1.0"');
  }
  if (major !== SAVED_PLAN_MAJOR) {
    const newer = Number(major) > Number(SAVED_PLAN_MAJOR);
    throw new PlanFileError(
      path,
      'unsupported-version',
      newer
        ? `plan file ${path} was made by a newer intercom-as-code (format ${version}; this version reads ${SAVED_PLAN_MAJOR}.x)`
        : `plan file ${path} has format ${version}, which this version does not read (it reads ${SAVED_PLAN_MAJOR}.x)`,
      { hint: newer ? `upgrade intercom-as-code, or ${remake}` : remake },
    );
  }
  const problem = savedPlanProblem(value);
  if (problem !== undefined) throw corrupted(problem);
  const saved = value as unknown as SavedPlan;
  if (hashPlan(saved.plan) !== saved.plan_sha256) {
    throw corrupted('its changes do not match the hash they were saved with (it was edited)');
  }
  return saved;
}

/** What the saved plan's hash covers: the whole plan, each change's requests included. */
export function hashPlan(plan: Plan): string {
  return createHash('sha256').update(canonicalJson(plan)).digest('hex');
}

/** The base URL without user, password, query or fragment: a proxy URL may embed a secret. */
function safeTarget(target: string): string {
  try {
    const url = new URL(target);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(not a URL)';
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
