// Worker thread of the count pool: runs each count task it is sent and posts the outcome back.
import { parentPort } from 'node:worker_threads';
import { type CountTask, runCountTask } from './count-task';

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
