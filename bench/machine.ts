// WHY: figures mean little without the machine they came from; this is the one line the bench
// prints (and RESULTS.md keeps) about CPU, memory and Node.
import { cpus, platform, release, totalmem } from 'node:os';

export function describeMachine(): string {
  const list = cpus();
  const model = (list[0]?.model ?? 'unknown CPU').trim();
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  return `${list.length} x ${model}, ${gib} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
}
