// JSON type names mean little to someone editing YAML ("object", "boolean"); these words say what
// to type instead, and the hint names the YAML pitfall behind the most common mismatches.

const WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
};

const HINTS: Record<string, string> = {
  string: 'put the value in quotes to make it text',
  integer: 'write a whole number without quotes',
  number: 'write a number without quotes',
  boolean: 'write true or false without quotes',
  array: 'write a list: `[a, b]` or one `- item` per line',
  object: 'write `key: value` lines indented under the key',
};

function types(type: unknown): string[] {
  return Array.isArray(type) ? type.map(String) : String(type).split(',');
}

export function expectedTypes(type: unknown): string {
  const list = types(type);
  // "true or false" reads well alone but not inside a list of alternatives.
  const words = list.map((t) =>
    list.length > 1 && t === 'boolean' ? 'a boolean' : (WORDS[t] ?? t),
  );
  return words.length <= 1
    ? (words[0] ?? 'valid')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export function typeHint(type: unknown, data: unknown): string {
  const first = types(type)[0] ?? '';
  if (first === 'boolean' && typeof data === 'string' && /^(yes|no|on|off|y|n)$/i.test(data)) {
    return `YAML 1.2 reads \`${data}\` as text; ${HINTS['boolean']}`;
  }
  return HINTS[first] ?? 'change the value';
}

export function describeValue(data: unknown): string {
  if (data === null) return 'empty (null)';
  if (Array.isArray(data)) return 'a list';
  switch (typeof data) {
    case 'string':
      return `the string ${JSON.stringify(data.length > 40 ? `${data.slice(0, 40)}...` : data)}`;
    case 'number':
      return `the number ${data}`;
    case 'boolean':
      return String(data);
    case 'object':
      return 'a mapping';
    default:
      return typeof data;
  }
}
