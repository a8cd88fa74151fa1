// Small text helpers shared by the renderers. Names, bodies and error messages come from a live
// workspace anyone can edit, so they are made printable before they reach a terminal: a tag
// named with escape codes must not be able to repaint or hide lines of a plan under review.
import { KINDS } from '../model/kinds.js';
import type { Action } from '../model/change.js';
import type { FieldValue, Kind } from '../model/objects.js';
import { KIND_ORDER } from '../model/objects.js';

// C0 controls except tab, DEL and C1 controls (0x9b alone starts an escape sequence on some
// terminals), and the bidirectional controls (embeddings, overrides, isolates, marks): a name
// with U+202E can show one thing in a review and be another (the "Trojan Source" trick).
const CONTROL =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes control characters (newlines and bidi controls included) as `\uXXXX`. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Multi-line text (an API error message) kept readable: each line printable, continuation indented. */
export function printableLines(text: string, indent: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => printable(line))
    .join(`\n${indent}`);
}

/** A field value as the user would write it: JSON, with `", "` between array items. */
export function formatValue(value: FieldValue | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => printable(JSON.stringify(item))).join(', ')}]`;
  return printable(JSON.stringify(value));
}

/** `tag "vip-customer"`: how every renderer names one object. */
export function address(kind: Kind, key: string): string {
  return `${kind} ${printable(JSON.stringify(key))}`;
}

const REF = /^(create|update|delete):([a-z]+):(.+)$/s;

/** A change ref such as `create:tag:beta` read as `tag "beta"`; undefined when it is not a ref. */
export function describeRef(ref: string): string | undefined {
  const match = REF.exec(ref);
  const kind = match?.[2];
  const key = match?.[3];
  if (kind === undefined || key === undefined || !isKind(kind)) return undefined;
  return address(kind, key);
}

function isKind(value: string): value is Kind {
  return (KIND_ORDER as readonly string[]).includes(value);
}

/** `1 change`, `2 changes`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `1 company`, `2 companies`: counts of objects of a kind. */
export function kindCount(count: number, kind: Kind): string {
  return plural(count, kind, KINDS[kind].plural);
}

export const PRESENT_PARTICIPLE: Record<Action, string> = {
  create: 'creating',
  update: 'updating',
  delete: 'deleting',
};

export const PAST_PARTICIPLE: Record<Action, string> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
};

/** `120ms` under a second, `1.2s` above: CI logs are read by people. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  return `${(ms / 1000).toFixed(1)}s`;
}
