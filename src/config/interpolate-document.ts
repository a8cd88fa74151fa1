// Substitution happens on the parsed Document, before validation, so an interpolated value is
// checked like a literal one and its problems still point at the scalar that held the `${...}`.
// Only values are touched, never keys: a key from the environment would make the schema moot.
// Which variables may be read is decided by the lookup (variables.ts), never by the document.
import { visit, type Document } from 'yaml';
import type { Problem } from '../errors/problem.js';
import { interpolate, type InterpolationIssue } from './interpolate.js';
import type { SourceMap } from './source-map.js';
import { refusalMessage, type Lookup } from './variables.js';

export function interpolateDocument(doc: Document, lookup: Lookup, map: SourceMap): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.value.includes('${')) return;
      const result = interpolate(node.value, lookup);
      node.value = result.value;
      const offset = node.range?.[0] ?? 0;
      for (const issue of result.issues) problems.push(describe(issue, map.at(offset)));
    },
  });
  return problems;
}

function describe(issue: InterpolationIssue, pos: Problem['pos']): Problem {
  switch (issue.kind) {
    case 'unset':
      return {
        pos,
        message: `environment variable \`${issue.name}\` is not set`,
        hint: `export ${issue.name}=... before running, or give a default with \`\${${issue.name}:-default}\``,
      };
    case 'refused':
      return { pos, ...refusalMessage(issue.name, issue.reason) };
    case 'malformed':
      return {
        pos,
        message: `invalid variable reference \`${issue.text}\``,
        hint: 'write `${NAME}` or `${NAME:-default}` (NAME is letters, digits and _); write `$${` for a literal `${`',
      };
    case 'unterminated':
      return {
        pos,
        message: 'unterminated variable reference: `${` without a closing `}`',
        hint: 'close it with `}`, or write `$${` for a literal `${`',
      };
  }
}
