// GET /companies/scroll has two hard rules (intercom-api-notes section 4): one open scroll per app,
// and a scroll that fails cannot be resumed. So calls are single-flight per client (a second
// caller shares the first one's promise instead of opening a competing scroll), and a 5xx or a
// dropped connection restarts from the first page, a bounded number of times. A restart (or a run
// after one killed mid-scroll) can find the old scroll still open: Intercom refuses a new one
// until it has gone unused for a minute, so the client waits that out, says so, and starts again.
import { IntercomApiError } from '../errors/intercom-api-error.js';
import { IntercomNetworkError } from '../errors/intercom-network-error.js';
import { MalformedAnswerError } from '../errors/malformed-answer-error.js';
import { countOf, listItems } from './answer-shape.js';
import { readComplete, type ListRead } from './complete-list.js';
import { backoffDelay } from './retry.js';
import type { Send } from './transport.js';
import type { Wait } from './waits.js';

export const MAX_SCROLL_RESTARTS = 3;
/** Waits for an open scroll to expire before giving up: another process may be using it. */
export const MAX_SCROLL_EXPIRY_WAITS = 3;
/** A scroll expires after 1 minute without use; the margin covers clock and request skew. */
export const SCROLL_EXPIRY_WAIT_MS = 65_000;
const SCROLL_PATH = '/companies/scroll';
const REQUEST = `GET ${SCROLL_PATH}`;

export function createScroller(send: Send, wait: Wait): <T>() => Promise<T[]> {
  let running: Promise<unknown[]> | undefined;

  async function scrollWithRestarts(): Promise<ListRead> {
    let restarts = 0;
    let expiryWaits = 0;
    for (;;) {
      try {
        return await scrollOnce();
      } catch (error) {
        if (isScrollExists(error) && expiryWaits < MAX_SCROLL_EXPIRY_WAITS) {
          expiryWaits++;
          await wait(SCROLL_EXPIRY_WAIT_MS, 'scroll-expiry', REQUEST);
        } else if (isRestartable(error) && restarts < MAX_SCROLL_RESTARTS) {
          restarts++;
          await wait(backoffDelay(restarts), 'retry', REQUEST);
        } else {
          throw isScrollExists(error) ? stillOpen(error as IntercomApiError) : error;
        }
      }
    }
  }

  async function scrollOnce(): Promise<ListRead> {
    const items: unknown[] = [];
    let totalCount: number | undefined;
    let scrollParam: string | undefined;
    for (let page = 1; ; page++) {
      const query = scrollParam === undefined ? undefined : { scroll_param: scrollParam };
      const body = await send<unknown>('GET', SCROLL_PATH, { query });
      const data = listItems(REQUEST, body, 'data', ` on page ${page}`);
      const record = body as Record<string, unknown>;
      // 2.16 sends total_count: null here; it is checked whenever a number comes instead.
      totalCount ??= countOf(record.total_count);
      if (data.length === 0) return { items, totalCount };
      items.push(...data);
      if (typeof record.scroll_param !== 'string' || record.scroll_param === '') {
        // Without it the next call would open a new scroll and loop over the same companies.
        throw new MalformedAnswerError(
          REQUEST,
          `a non-empty page without scroll_param (page ${page})`,
        );
      }
      scrollParam = record.scroll_param;
    }
  }

  return <T>(): Promise<T[]> => {
    running ??= readComplete(REQUEST, scrollWithRestarts).finally(() => {
      running = undefined;
    });
    return running as Promise<T[]>;
  };
}

function isRestartable(error: unknown): boolean {
  return (
    error instanceof IntercomNetworkError ||
    (error instanceof IntercomApiError && error.status >= 500)
  );
}

/** Intercom's code is `scroll_exists`; older answers only say "scroll already exists" (a 400). */
function isScrollExists(error: unknown): boolean {
  if (!(error instanceof IntercomApiError)) return false;
  return (
    error.code === 'scroll_exists' ||
    (error.status === 400 && /scroll already exists/i.test(error.message))
  );
}

function stillOpen(error: IntercomApiError): IntercomApiError {
  return new IntercomApiError({
    status: error.status,
    method: error.method,
    path: error.path,
    code: error.code,
    message: `a company scroll stayed open through ${MAX_SCROLL_EXPIRY_WAITS} waits of ${SCROLL_EXPIRY_WAIT_MS / 1000} s`,
    requestId: error.requestId,
    hint: 'another process is scrolling companies in this workspace (another run of this tool, or another app); run again when it has finished',
  });
}
