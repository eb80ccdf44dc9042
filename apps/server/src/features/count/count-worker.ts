// Worker thread of the count pool: runs each count task it is sent and posts the outcome back.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { type CountTask, runCountTask } from './count-task';

// A server's counting threads yield to the thread that answers requests: on Linux a thread's
// niceness is its own, so this lowers only this thread (elsewhere it may lower the process, or fail).
if ((workerData as { lowPriority?: boolean } | undefined)?.lowPriority && process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not allowed here: count at normal priority.
  }
}

parentPort?.on('message', (message: { id: number; task: CountTask }) => {
  try {
    parentPort?.postMessage({ id: message.id, outcome: runCountTask(message.task) });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      failure: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
