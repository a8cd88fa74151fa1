interface CompiledTemplate {
  template: string;
  segments: readonly RegExp[];
  /** One flag per segment: true when the segment is literal text. */
  literal: readonly boolean[];
}

/** Strips origin, query string, fragment and a trailing slash from a concrete request path. */
export function normalisePath(rawPath: string): string {
  let p = rawPath.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  p = p.split(/[?#]/, 1)[0] ?? '';
  if (!p.startsWith('/')) p = `/${p}`;
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileTemplate(template: string): CompiledTemplate {
  const parts = template.split('/').slice(1);
  return {
    template,
    literal: parts.map((part) => !part.includes('{')),
    segments: parts.map(
      (part) =>
        new RegExp(
          `^${part
            .split(/\{[^}]+\}/)
            .map(escapeRegExp)
            .join('[^/]+')}$`,
        ),
    ),
  };
}

/**
 * Resolves concrete paths to OpenAPI path templates. When several templates match,
 * the one with a literal segment earliest wins, so `/companies/scroll` resolves to
 * `/companies/scroll` and not `/companies/{company_id}` (OpenAPI 3.0 "Path Templating
 * Matching": concrete paths are matched before templated ones).
 */
export class PathMatcher {
  private readonly bySegmentCount = new Map<number, CompiledTemplate[]>();

  constructor(templates: Iterable<string>) {
    for (const template of templates) {
      const compiled = compileTemplate(template);
      const bucket = this.bySegmentCount.get(compiled.segments.length) ?? [];
      bucket.push(compiled);
      this.bySegmentCount.set(compiled.segments.length, bucket);
    }
  }

  match(rawPath: string): string | undefined {
    const parts = normalisePath(rawPath).split('/').slice(1);
    let best: CompiledTemplate | undefined;
    for (const candidate of this.bySegmentCount.get(parts.length) ?? []) {
      if (!candidate.segments.every((re, i) => re.test(parts[i] ?? ''))) continue;
      if (!best || moreLiteral(candidate, best)) best = candidate;
    }
    return best?.template;
  }
}

function moreLiteral(a: CompiledTemplate, b: CompiledTemplate): boolean {
  for (let i = 0; i < a.literal.length; i++) {
    if (a.literal[i] !== b.literal[i]) return a.literal[i] === true;
  }
  return false;
}
