// WHY: a 20,000-company config must stay under the loader's 5 MB limit and be quick to write, so
// each entry is one YAML flow mapping on one line: bare keys, plain scalars where YAML reads them
// back unchanged, JSON-quoted strings otherwise (JSON strings are valid YAML).

export type FlowValue =
  string | number | boolean | null | FlowValue[] | { [key: string]: FlowValue | undefined };

export function flow(value: FlowValue): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).filter(
      (e): e is [string, FlowValue] => e[1] !== undefined,
    );
    return `{ ${fields.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  }
  return typeof value === 'string' && isPlain(value) ? value : JSON.stringify(value);
}

/** Strings YAML reads back unchanged without quotes, also inside `{ }` and `[ ]`. */
function isPlain(s: string): boolean {
  return (
    /^[A-Za-z][A-Za-z0-9._@/-]*(?: [A-Za-z0-9._@/-]+)*$/.test(s) &&
    !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(s)
  );
}

/** A top-level list section: `name:` then one `  - { ... }` line per entry. */
export function section(name: string, entries: FlowValue[]): string {
  if (entries.length === 0) return `${name}: []\n`;
  return `${name}:\n${entries.map((e) => `  - ${flow(e)}`).join('\n')}\n`;
}
