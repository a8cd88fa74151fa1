// Stand-ins for the terminal streams the ink facades draw on and read from, so the facades can be
// tested end to end without a TTY. Shaped like ink-testing-library's, which does not export them.
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import type { ApplyEvent } from '../../../src/apply/events.js';
import type { ApplyViewState } from '../../../src/render/ink/apply-state.js';
import { reduceApplyEvent, INITIAL_APPLY_VIEW_STATE } from '../../../src/render/ink/apply-state.js';

/** A writable terminal that keeps everything written to it. */
export class FakeTerminal extends Writable {
  columns = 100;
  rows = 40;
  // Not a TTY, so ink's cursor hiding does not register a process-exit hook that writes to the
  // real stderr of the test run; everything the view draws still lands here.
  isTTY = false;
  chunks: string[] = [];

  override _write(chunk: Buffer | string, _encoding: string, callback: () => void): void {
    this.chunks.push(chunk.toString());
    callback();
  }

  text(): string {
    return this.chunks.join('');
  }

  asStream(): NodeJS.WriteStream {
    return this as unknown as NodeJS.WriteStream;
  }
}

/** A keyboard: `type` feeds raw bytes the way a terminal in raw mode would. */
export class FakeKeyboard extends EventEmitter {
  isTTY = true;
  rawModeCalls: boolean[] = [];
  private pending: string[] = [];

  type(data: string): void {
    this.pending.push(data);
    this.emit('readable');
  }

  read(): string | null {
    return this.pending.shift() ?? null;
  }

  setRawMode(enabled: boolean): this {
    this.rawModeCalls.push(enabled);
    return this;
  }

  setEncoding(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  resume(): this {
    return this;
  }

  pause(): this {
    return this;
  }

  asStream(): NodeJS.ReadStream {
    return this as unknown as NodeJS.ReadStream;
  }
}

/** Folds timed events into view state: `[at, event]` pairs, in order. */
export function stateAt(
  timed: [number, ApplyEvent][],
  state: ApplyViewState = INITIAL_APPLY_VIEW_STATE,
): ApplyViewState {
  return timed.reduce((current, [at, event]) => reduceApplyEvent(current, event, at), state);
}

export const ENTER = '\r';
export const ESCAPE = '\u001b';
export const CTRL_C = '\u0003';
export const BACKSPACE = '\u007f';
