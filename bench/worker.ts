// WHY: the entry point of every measuring child process: it runs exactly one task named on its
// command line and sends back the figures with the process's peak RSS, then exits, so no figure
// shares a heap, a JIT or a resident set with another.
import type { ChildMessage, Task } from './protocol.js';
import { measureApply } from './measure-apply.js';
import { measureBaseline } from './measure-baseline.js';
import { measurePlan, measureReplay } from './measure-plan.js';
import { measureSynthetic } from './measure-synthetic.js';

async function run(task: Task): Promise<{ result: unknown; maxRssKb: number }> {
  switch (task.task) {
    case 'plan':
      return measurePlan(task.args);
    case 'replay':
      return measureReplay(task.args);
    case 'baseline':
      return measureBaseline(task.args);
    case 'apply':
      return measureApply(task.args);
    case 'synthetic':
      return measureSynthetic(task.args);
  }
}

const task = { task: process.argv[2], args: JSON.parse(process.argv[3] ?? '{}') } as Task;
let message: ChildMessage<unknown>;
try {
  const { result, maxRssKb } = await run(task);
  message = { ok: true, result, maxRssKb };
} catch (error) {
  message = {
    ok: false,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
}
// Exit at once: idle keep-alive sockets must not keep a finished child running beside the next.
process.send?.(message, () => process.exit(0));
