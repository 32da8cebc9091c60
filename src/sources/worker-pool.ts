import { Worker } from "node:worker_threads";

export interface WorkerPoolOptions {
  /** Code a worker starts with (`eval`): it answers `{ id, task }` messages with `{ id, result }`. */
  bootstrap: string;
  /** Workers running at once (default 2); more tasks wait their turn. */
  size: number;
  /** A task not answered this long after it was submitted fails, its worker is replaced. */
  timeoutMs: number;
}

interface Job {
  id: number;
  task: unknown;
  settle(result: unknown): void;
  worker?: Worker;
}

/**
 * A few long-lived worker threads (each pays its start-up once) that take tasks in turn. Every
 * task has one deadline from submission: still queued then, it is answered `busy`; still running,
 * its worker is terminated (a hostile document cannot hold a thread) and a fresh one takes the
 * next task. Idle workers are unref'd, so they never keep a finished process alive.
 */
export function createWorkerPool(options: WorkerPoolOptions) {
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Worker {
    const worker = new Worker(options.bootstrap, { eval: true });
    worker.on("message", (message: { id: number; result: unknown }) => {
      const job = running.get(worker);
      if (!job || job.id !== message.id) return;
      running.delete(worker);
      job.settle(message.result);
      release(worker);
    });
    const lost = () => {
      const job = running.get(worker);
      running.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      job?.settle(undefined);
      pump();
    };
    worker.on("error", lost);
    worker.on("exit", lost);
    return worker;
  }

  function release(worker: Worker): void {
    worker.unref();
    idle.push(worker);
    pump();
  }

  function pump(): void {
    while (!closed && queue.length > 0 && (idle.length > 0 || running.size < options.size)) {
      const job = queue.shift() as Job;
      const worker = idle.pop() ?? spawn();
      worker.ref();
      job.worker = worker;
      running.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task });
    }
  }

  return {
    /** Runs `task`; `failed` when it overran or its worker died, `busy` when it never started. */
    run<T>(task: unknown, failed: T, busy: T): Promise<T> {
      return new Promise<T>((resolve) => {
        let done = false;
        const job: Job = {
          id: nextId++,
          task,
          settle: (result) => {
            if (done) return;
            done = true;
            clearTimeout(timer);
            resolve(result === undefined ? failed : (result as T));
          },
        };
        const timer = setTimeout(() => {
          const at = queue.indexOf(job);
          if (at >= 0) {
            queue.splice(at, 1);
            done = true;
            return resolve(busy);
          }
          if (job.worker) {
            running.delete(job.worker);
            void job.worker.terminate();
          }
          job.settle(undefined);
          pump();
        }, options.timeoutMs);
        queue.push(job);
        pump();
      });
    },
    /** Stops every worker; tasks still waiting are answered as failed. */
    async close(): Promise<void> {
      closed = true;
      for (const job of queue.splice(0)) job.settle(undefined);
      await Promise.all([...idle, ...running.keys()].map((w) => w.terminate()));
    },
  };
}
