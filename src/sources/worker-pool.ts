import { Worker } from "node:worker_threads";

export interface WorkerPoolOptions {
  /** Code a worker starts with (`eval`): it answers `{ id, task }` messages with `{ id, result }`. */
  bootstrap: string;
  /** Workers running at once; more tasks wait their turn. */
  size: number;
  /** A task running this long fails and its worker is terminated and replaced (start-up not counted). */
  timeoutMs: number;
  /** A task still waiting for a worker this long after it was asked for is answered `busy`. */
  maxWaitMs: number;
}

interface Job {
  id: number;
  task: unknown;
  settle(result: unknown): void;
  start(worker: Worker): void;
}

/**
 * A few long-lived worker threads (each pays its start-up once) that take tasks in turn. A task
 * running past its deadline has its worker terminated (a hostile document cannot hold a thread)
 * and a fresh one takes the next task; a task that waited too long for a free worker is answered
 * `busy`. Idle workers are unref'd, so they never keep a finished process alive.
 */
export function createWorkerPool(options: WorkerPoolOptions) {
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  const queue: Job[] = [];
  // Workers still starting (loading the TypeScript loader), with what to do once they are up.
  const starting = new Map<Worker, () => void>();
  let nextId = 1;
  let closed = false;

  function spawn(): Worker {
    const worker = new Worker(options.bootstrap, { eval: true });
    worker.on("message", (message: { id?: number; ready?: true; result?: unknown }) => {
      if (message.ready) {
        starting.get(worker)?.();
        starting.delete(worker);
        return;
      }
      const job = running.get(worker);
      if (!job || job.id !== message.id) return;
      running.delete(worker);
      job.settle(message.result);
      worker.unref();
      idle.push(worker);
      pump();
    });
    const lost = () => {
      starting.delete(worker);
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

  function pump(): void {
    while (!closed && queue.length > 0 && (idle.length > 0 || running.size < options.size)) {
      const job = queue.shift() as Job;
      const reused = idle.pop();
      const worker = reused ?? spawn();
      worker.ref();
      running.set(worker, job);
      if (reused) job.start(worker);
      else starting.set(worker, () => job.start(worker));
      worker.postMessage({ id: job.id, task: job.task });
    }
  }

  /** Stops a worker past its deadline; the next task gets a fresh one. */
  function kill(worker: Worker): void {
    running.delete(worker);
    void worker.terminate();
    pump();
  }

  return {
    /** Runs `task`; `failed` when it overran or its worker died, `busy` when it never started. */
    run<T>(task: unknown, failed: T, busy: T): Promise<T> {
      return new Promise<T>((resolve) => {
        let done = false;
        let timer = setTimeout(() => {
          const at = queue.indexOf(job);
          if (at >= 0) {
            queue.splice(at, 1);
            return job.settle(busy);
          }
          // Given a worker that never finished starting: replace it.
          for (const [worker, held] of running) if (held === job) kill(worker);
          job.settle(failed);
        }, options.maxWaitMs);
        const job: Job = {
          id: nextId++,
          task,
          settle: (result) => {
            if (done) return;
            done = true;
            clearTimeout(timer);
            resolve(result === undefined ? failed : (result as T));
          },
          start: (worker) => {
            clearTimeout(timer);
            timer = setTimeout(() => (kill(worker), job.settle(undefined)), options.timeoutMs);
          },
        };
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
