import { availableParallelism } from "node:os";

/** The pool is running all the jobs it may and its queue is full, or a job waited in it past its deadline. */
export class PoolBusyError extends Error {
  constructor() {
    super("Every slot of the pool is taken and its queue is full.");
    this.name = "PoolBusyError";
  }
}

export type JobPool = {
  /**
   * Runs `job` when a slot is free. When every slot is taken the job waits in
   * the queue; when the queue is full, or `signal` aborts while the job still
   * waits, it is refused with PoolBusyError and never runs. A job that has
   * started keeps its slot until it settles, even if its caller gave up.
   */
  run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly running: number;
  readonly waiting: number;
};

export function createJobPool({ size, queueLimit }: { size: number; queueLimit: number }): JobPool {
  let running = 0;
  const queue: (() => void)[] = [];

  async function start<T>(job: () => Promise<T>): Promise<T> {
    running++;
    try {
      return await job();
    } finally {
      running--;
      queue.shift()?.();
    }
  }

  function run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new PoolBusyError());
    if (running < size) return start(job);
    if (queue.length >= queueLimit) return Promise.reject(new PoolBusyError());
    return new Promise<T>((resolve, reject) => {
      const giveUp = () => {
        queue.splice(queue.indexOf(turn), 1);
        reject(new PoolBusyError());
      };
      const turn = () => {
        signal?.removeEventListener("abort", giveUp);
        start(job).then(resolve, reject);
      };
      queue.push(turn);
      signal?.addEventListener("abort", giveUp, { once: true });
    });
  }

  return {
    run,
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}

/**
 * sharp does its work on libuv's thread pool (UV_THREADPOOL_SIZE threads, 4 by
 * default), the same threads that read files for /uploads/<key>: four slow
 * decodes at once took every thread and file serving waited for them. So at
 * most this many images are decoded at once, which leaves at least two
 * threads for file reads, and a core for rendering pages.
 */
function imageSlots(): number {
  const threadPoolSize = Number(process.env.UV_THREADPOOL_SIZE) || 4;
  return Math.max(1, Math.min(availableParallelism() - 1, threadPoolSize - 2));
}

export const IMAGE_SLOTS = imageSlots();

/**
 * How many uploads may wait for a slot. A burst of ordinary pictures (twenty
 * people posting at once) takes a second to clear, so they should wait rather
 * than be turned away; how long one waits is bounded by its time budget, and
 * this bounds how many uploaded files are held in memory meanwhile.
 */
export const IMAGE_QUEUE_LIMIT = 32;

/** Where every upload is inspected and decoded; beyond the queue, uploaders are asked to try again. */
export const imagePool = createJobPool({ size: IMAGE_SLOTS, queueLimit: IMAGE_QUEUE_LIMIT });
