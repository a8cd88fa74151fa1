// Reading is the one step that touches the disk for both the config and body files, so every way
// a file can be unusable (missing, a directory, huge, binary, not UTF-8) becomes a Problem here
// instead of an exception that would stop the other checks.
import { readFile, stat } from 'node:fs/promises';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string }
  /** `line`/`col` point at the offending byte when there is one (binary, not UTF-8). */
  | { ok: false; message: string; hint: string; line?: number; col?: number };

export async function readTextFile(absPath: string, what: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(absPath);
    if (info.isDirectory()) {
      return fail(`${what} is a directory, not a file`, 'point it at a file');
    }
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return fail(`${what} not found`, `check the path (looked for ${absPath})`);
    }
    return fail(`cannot read ${what}: ${(error as Error).message}`, 'check the file permissions');
  }
  if (size > MAX_FILE_BYTES) {
    return fail(
      `${what} is too large (${size} bytes, the limit is ${MAX_FILE_BYTES})`,
      'split it into smaller files',
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(absPath);
  } catch (error) {
    return fail(`cannot read ${what}: ${(error as Error).message}`, 'check the file permissions');
  }
  return decode(bytes, what);
}

function decode(bytes: Buffer, what: string): ReadResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ...fail(
        `${what} is a binary file (it contains a NUL byte at ${lineOf(bytes, nul)})`,
        'use a text file: Markdown (.md) or HTML (.html) saved as UTF-8',
      ),
      ...positionOf(bytes, nul),
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return {
      ...fail(
        `${what} is not valid UTF-8 (first invalid byte at ${lineOf(bytes, bad)})`,
        'save the file as UTF-8',
      ),
      ...positionOf(bytes, bad),
    };
  }
}

function fail(message: string, hint: string): ReadResult {
  return { ok: false, message, hint };
}

function positionOf(bytes: Buffer, offset: number): { line: number; col: number } {
  const [, line, byte] = /line (\d+), byte (\d+)/.exec(lineOf(bytes, offset))!;
  return { line: Number(line), col: Number(byte) };
}

function lineOf(bytes: Buffer, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, byte ${offset - start + 1}`;
}

/** Offset of the first byte where the content stops being valid UTF-8. */
function firstInvalidUtf8(bytes: Buffer): number {
  // In streaming mode an unfinished character at the end of a prefix is not an error, so "this
  // prefix is valid" is monotonic and bisection finds the first bad byte in ~23 decodes at 5 MB.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The valid prefix may end with the lead byte of a character the next byte broke: point there.
  let lead = lo - 1;
  while (lead >= 0 && lead > lo - 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  const byte = bytes[lead] ?? 0;
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return lead >= 0 && lead + length > lo ? lead : lo;
}
