// Messages name places the way a user reads the file (`articles[1].title`), not as JSON pointers
// (`/articles/1/title`) the way ajv reports them; both conversions live here.
import type { DataPath } from './source-map.js';

/** `/articles/1/ti~1tle` -> ['articles', 1, 'ti/tle']: numbers only where the data is a list. */
export function fromPointer(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = isRecord(current) ? current[segment] : undefined;
    }
  }
  return path;
}

/** ['companies', 0, 'tags', 1] -> 'companies[0].tags[1]'. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** The short name for the last step: 'size' or 'tags[1]'. */
export function leafName(path: DataPath): string {
  const last = path[path.length - 1];
  if (typeof last !== 'number') return last ?? 'the file';
  const parent = path[path.length - 2];
  return `${typeof parent === 'string' ? parent : ''}[${last}]`;
}

/** Where the last step sits: 'articles[1]', or 'the top level'. */
export function containerName(path: DataPath): string {
  return path.length === 0 ? 'the top level' : formatPath(path);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
