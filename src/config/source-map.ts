// Every later step (schema errors, cross-references, Desired.pos) speaks in data paths such as
// ['articles', 1, 'title']; this is the single place that turns a path back into a YAML node and a
// 1-based line:col, so the parsed Document never leaks into the checks.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourcePos } from '../model/desired.js';

export type DataPath = readonly (string | number)[];

interface Found {
  /** The deepest node reached; equals the target when the whole path resolved. */
  node: Node | null;
  /** The key node of the last map step, when the last segment was a map key. */
  key: Node | null;
  complete: boolean;
}

/** Sends a path to another file's map (articles whose entries live in Markdown front matter). */
export type Overlay = (path: DataPath) => { map: SourceMap; path: DataPath } | undefined;

export class SourceMap {
  private overlay: Overlay | undefined;

  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  at(offset: number): SourcePos {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col };
  }

  /** Resolve some paths in other files from now on (see Overlay). */
  setOverlay(overlay: Overlay): void {
    this.overlay = overlay;
  }

  /** Position of the value at `path`, or of the nearest thing that exists on the way to it. */
  value(path: DataPath): SourcePos {
    const other = this.overlay?.(path);
    if (other) return other.map.value(other.path);
    const found = this.find(path);
    const node = found.complete ? (found.node ?? found.key) : (found.key ?? found.node);
    return this.posOf(node);
  }

  /** Position of the key naming the last segment of `path` (the value for list items). */
  key(path: DataPath): SourcePos {
    const other = this.overlay?.(path);
    if (other) return other.map.key(other.path);
    const found = this.find(path);
    return this.posOf(found.key ?? found.node);
  }

  /** Position of the first key of the mapping at `path` (where an entry visibly starts). */
  entry(path: DataPath): SourcePos {
    const other = this.overlay?.(path);
    if (other) return other.map.entry(other.path);
    const found = this.find(path);
    const node = found.complete ? this.resolve(found.node) : null;
    const first = isMap(node) ? node.items[0] : undefined;
    if (first && isScalar(first.key)) return this.posOf(first.key);
    return this.value(path);
  }

  /** The source text of a scalar, e.g. to keep a large integer id exactly as written. */
  source(path: DataPath): string | undefined {
    const other = this.overlay?.(path);
    if (other) return other.map.source(other.path);
    const found = this.find(path);
    const node = found.complete ? this.resolve(found.node) : null;
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  }

  private posOf(node: Node | null): SourcePos {
    const offset = node?.range?.[0];
    return offset === undefined ? { file: this.file, line: 1, col: 1 } : this.at(offset);
  }

  private resolve(node: Node | null): Node | null {
    // Aliases point at the anchored node; following a bounded number of them avoids loops.
    let current = node;
    for (let i = 0; i < 100 && isAlias(current); i++) {
      current = (current.resolve(this.doc) as Node | undefined) ?? null;
    }
    return current;
  }

  private find(path: DataPath): Found {
    let node = this.doc.contents as Node | null;
    let key: Node | null = null;
    for (const segment of path) {
      const current = this.resolve(node);
      key = null;
      if (isMap(current)) {
        // toJS keeps the last of duplicated keys, so the last pair is the one that was validated.
        const pair = current.items.findLast(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (!pair) return { node: current, key: null, complete: false };
        key = pair.key as Node;
        node = (pair.value as Node | null) ?? null;
      } else if (isSeq(current) && /^\d+$/.test(String(segment))) {
        const item = current.items[Number(segment)] as Node | undefined;
        if (item === undefined) return { node: current, key: null, complete: false };
        node = item;
      } else {
        return { node: current, key: null, complete: false };
      }
    }
    return { node, key, complete: true };
  }
}
