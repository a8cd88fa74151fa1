// Interpolation is a pure string function, separate from the YAML walk, so its small grammar
// (${NAME}, ${NAME:-default}, $${ as a literal) is easy to test and reason about on its own.
// Like a shell, an empty default applies when NAME is unset *or* empty; a bare ${NAME} that is set
// to "" stays "" because the user did set it. Which names may be read at all is the lookup's
// business (variables.ts); a refused name is refused with or without a default, because a default
// that silently stood in for it would hide the mistake until the plan showed the wrong value.
import type { Lookup, Refusal } from './variables.js';

export type InterpolationIssue =
  | { kind: 'unset'; name: string }
  | { kind: 'refused'; name: string; reason: Refusal }
  | { kind: 'malformed'; text: string }
  | { kind: 'unterminated' };

export interface Interpolated {
  value: string;
  issues: InterpolationIssue[];
}

const REFERENCE = /\$\$\{|\$\{([^}]*)(\}?)/g;
const BODY = /^([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/;

export function interpolate(text: string, lookup: Lookup): Interpolated {
  const issues: InterpolationIssue[] = [];
  const value = text.replace(REFERENCE, (match, body: string | undefined, close: string) => {
    if (match === '$${') return '${';
    if (close !== '}') {
      issues.push({ kind: 'unterminated' });
      return match;
    }
    const parsed = BODY.exec(body ?? '');
    const name = parsed?.[1];
    const fallback = parsed?.[2];
    if (!parsed || name === undefined || fallback?.includes('${')) {
      issues.push({ kind: 'malformed', text: match });
      return match;
    }
    const found = lookup(name);
    if ('refused' in found) {
      issues.push({ kind: 'refused', name, reason: found.refused });
      return match;
    }
    const set = found.value;
    if (fallback !== undefined) return set === undefined || set === '' ? fallback : set;
    if (set === undefined) {
      issues.push({ kind: 'unset', name });
      return match;
    }
    return set;
  });
  return { value, issues };
}
