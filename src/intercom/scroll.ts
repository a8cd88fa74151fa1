// GET /companies/scroll has two hard rules (intercom-api-notes section 4): one open scroll per app,
// and a scroll that fails cannot be resumed. So calls are single-flight per client (a second
// caller shares the first one's promise instead of opening a competing scroll), and a 5xx or a
// dropped connection restarts from the first page, a bounded number of times.
import { IntercomApiError } from '../errors/intercom-api-error.js';
import { IntercomNetworkError } from '../errors/intercom-network-error.js';
import type { Clock } from './client-options.js';
import { backoffDelay } from './retry.js';
import type { Send } from './transport.js';

export const MAX_SCROLL_RESTARTS = 3;
const SCROLL_PATH = '/companies/scroll';

interface ScrollPage<T> {
  data?: T[] | null;
  scroll_param?: string | null;
}

export function createScroller(send: Send, clock: Clock): <T>() => Promise<T[]> {
  let running: Promise<unknown[]> | undefined;

  async function scrollWithRestarts(): Promise<unknown[]> {
    for (let restart = 0; ; restart++) {
      try {
        return await scrollOnce();
      } catch (error) {
        if (restart >= MAX_SCROLL_RESTARTS || !isRestartable(error)) throw error;
        await clock.sleep(backoffDelay(restart + 1));
      }
    }
  }

  async function scrollOnce(): Promise<unknown[]> {
    const items: unknown[] = [];
    let scrollParam: string | undefined;
    for (;;) {
      const query = scrollParam === undefined ? undefined : { scroll_param: scrollParam };
      const page = await send<ScrollPage<unknown>>('GET', SCROLL_PATH, { query });
      const data = page?.data ?? [];
      if (data.length === 0) return items;
      items.push(...data);
      if (!page?.scroll_param) {
        // Without it the next call would open a new scroll and loop over the same companies.
        throw new Error(`GET ${SCROLL_PATH}: a non-empty page came without scroll_param`);
      }
      scrollParam = page.scroll_param;
    }
  }

  return <T>(): Promise<T[]> => {
    running ??= scrollWithRestarts().finally(() => {
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
