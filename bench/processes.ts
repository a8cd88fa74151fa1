// WHY: every heavy figure runs in a fresh child process so peak RSS and JIT warm-up of one figure
// never leak into another; this file forks them (the sandbox hosts and the measuring workers)
// and turns their IPC messages into promises.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type {
  ChildMessage,
  HostCounters,
  HostMessage,
  HostOp,
  HostOptions,
  Task,
  TaskResults,
} from './protocol.js';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

export interface Host {
  url: string;
  counters(): Promise<HostCounters>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startHost(options: HostOptions): Promise<Host> {
  const child = fork(here('./sandbox-host.js'), [JSON.stringify(options)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<
    number,
    { resolve: (m: HostMessage) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;
  let exited = false;
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      exited = true;
      const error = new Error(`sandbox host exited (code ${code})`);
      reject(error);
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    });
    child.on('message', (raw) => {
      const m = raw as HostMessage;
      if (m.type === 'ready') resolve(m.url);
      else {
        pending.get(m.id)?.resolve(m);
        pending.delete(m.id);
      }
    });
  });
  const call = (op: HostOp): Promise<HostMessage> =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error('sandbox host is gone'));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ id, op });
    });
  return {
    url,
    counters: async () => {
      const m = await call('counters');
      if (m.type !== 'reply' || !m.counters) throw new Error('sandbox host sent no counters');
      return m.counters;
    },
    reset: async () => void (await call('reset')),
    close: async () => {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await call('close');
      child.disconnect();
      await gone;
    },
  };
}

export interface ChildResult<T> {
  result: T;
  maxRssKb: number;
}

/** Runs one measurement in a fresh `node` and resolves with its figures and peak RSS. */
export function runTask<K extends Task['task']>(
  task: K,
  args: Extract<Task, { task: K }>['args'],
): Promise<ChildResult<TaskResults[K]>> {
  const child: ChildProcess = fork(here('./worker.js'), [task, JSON.stringify(args)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    child.on('message', (raw) => {
      const m = raw as ChildMessage<TaskResults[K]>;
      settled = true;
      if (m.ok) resolve({ result: m.result, maxRssKb: m.maxRssKb });
      else reject(new Error(`${task}: ${m.error}`));
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`${task} worker exited with ${code} and sent nothing`));
    });
  });
}
