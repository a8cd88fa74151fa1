// A server that sends the headers and then stalls the body: before totalTimeoutMs the body read
// was outside every timeout and the request hung forever. A real local server is needed, since
// the stall happens on the socket after the response has started. The deadline's timer is
// injected and fired by the server once it has written the headers, so the test depends on no
// wall-clock speed and ends by itself at once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { IntercomNetworkError } from '../../src/errors/intercom-network-error.js';
import { leaks, rejection, testClient } from './helpers.js';

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** Answers every request with 200 headers and half a JSON body, then never finishes. */
async function stallingServer() {
  const pending = new Set<() => void>();
  const deadlineMs: number[] = [];
  let hits = 0;
  server = http.createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/json' });
    // Once the start of the answer is out, the client's deadline "passes".
    res.write('{"type":"list","da', () => {
      for (const fire of [...pending]) fire();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const startTimer = (ms: number, onTimeout: () => void) => {
    deadlineMs.push(ms);
    pending.add(onTimeout);
    return () => void pending.delete(onTimeout);
  };
  return { baseUrl: `http://127.0.0.1:${port}`, startTimer, deadlineMs, hits: () => hits };
}

describe('a body that stalls after the headers', () => {
  it('ends in IntercomNetworkError "timed out" instead of hanging', async () => {
    const { baseUrl, startTimer, deadlineMs, hits } = await stallingServer();
    const { client } = testClient({ baseUrl, startTimer, maxRetries: 0 });
    const error = await rejection(client.get('/tags'));
    expect(error).toBeInstanceOf(IntercomNetworkError);
    expect((error as Error).message).toBe('GET /tags: timed out');
    expect(leaks(error)).toEqual([]);
    expect(hits()).toBe(1);
    expect(deadlineMs).toEqual([60_000]); // the default totalTimeoutMs
  });

  it('is retried on a read like any lost answer', async () => {
    const { baseUrl, startTimer, deadlineMs, hits } = await stallingServer();
    const { client, clock } = testClient({ baseUrl, startTimer, maxRetries: 2, totalTimeoutMs: 5 });
    const error = await rejection(client.listPages('/articles'));
    expect(error).toBeInstanceOf(IntercomNetworkError);
    expect(hits()).toBe(3);
    expect(deadlineMs).toEqual([5, 5, 5]);
    expect(clock.waits).toHaveLength(2); // two backoffs, through the injected sleep
  });

  it('is not retried on a write, whose answer may have been lost after the change', async () => {
    const { baseUrl, startTimer, hits } = await stallingServer();
    const { client } = testClient({ baseUrl, startTimer, maxRetries: 2 });
    const error = await rejection(client.post('/tags', { name: 'vip' }));
    expect(error).toBeInstanceOf(IntercomNetworkError);
    expect(hits()).toBe(1);
  });

  it('ends with the real timer too (a small totalTimeoutMs)', async () => {
    const { baseUrl } = await stallingServer();
    const { client } = testClient({ baseUrl, totalTimeoutMs: 50, maxRetries: 0 });
    await expect(client.get('/tags')).rejects.toThrow('GET /tags: timed out');
  });
});
