import { availableParallelism } from "node:os";

/** The pool is running all the jobs it may and its queue is full, or a job waited in it past its deadline. */
export class PoolBusyError extends Error {
  constructor() {
    super("Every slot of the pool is taken and its queue is full.");
    this.name = "PoolBusyError";
  }
}

/** `owner` already has its share of the pool's jobs, running or waiting. */
export class PoolShareTakenError extends PoolBusyError {
  constructor() {
    super();
    this.message = "This owner's share of the pool is taken.";
    this.name = "PoolShareTakenError";
  }
}

export type JobPool = {
  /**
   * Runs `job` when a slot is free. When every slot is taken the job waits in
   * the queue; when the queue is full, or `signal` aborts while the job still
   * waits, it is refused with PoolBusyError and never runs. A job that has
   * started keeps its slot until it settles, even if its caller gave up.
   * Jobs of an `owner` that already has `ownerShare` of them in the pool are
   * refused with PoolShareTakenError, so that no one owner fills the queue.
   */
  run<T>(job: () => Promise<T>, signal?: AbortSignal, owner?: string): Promise<T>;
  readonly running: number;
  readonly waiting: number;
};

export function createJobPool({ size, queueLimit, ownerShare = Infinity }: { size: number; queueLimit: number; ownerShare?: number }): JobPool {
  let running = 0;
  const queue: (() => void)[] = [];
  const ownerJobs = new Map<string, number>();

  async function start<T>(job: () => Promise<T>): Promise<T> {
    running++;
    try {
      return await job();
    } finally {
      running--;
      queue.shift()?.();
    }
  }

  function run<T>(job: () => Promise<T>, signal?: AbortSignal, owner?: string): Promise<T> {
    if (signal?.aborted) return Promise.reject(new PoolBusyError());
    if (owner !== undefined && (ownerJobs.get(owner) ?? 0) >= ownerShare) return Promise.reject(new PoolShareTakenError());
    if (running >= size && queue.length >= queueLimit) return Promise.reject(new PoolBusyError());
    if (owner === undefined) return schedule(job, signal);
    // The owner's share is held while its job waits and while it runs.
    ownerJobs.set(owner, (ownerJobs.get(owner) ?? 0) + 1);
    return schedule(job, signal).finally(() => {
      const left = ownerJobs.get(owner)! - 1;
      if (left === 0) ownerJobs.delete(owner);
      else ownerJobs.set(owner, left);
    });
  }

  function schedule<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (running < size) return start(job);
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

/**
 * How many of the pool's jobs, running or waiting, one account may have: a post's images are
 * decoded one after another, so this is several posts or pictures sent at once. Without it one
 * account's 40 uploads at once, each a 6300 × 6300 GIF of 27 KB (a second to decode), filled
 * the queue, and everyone else's uploads were refused as "too many images" for as long.
 */
export const IMAGE_OWNER_SHARE = 4;

/** Where every upload is inspected and decoded; beyond the queue, or an account's share, uploaders are asked to try again. */
export const imagePool = createJobPool({ size: IMAGE_SLOTS, queueLimit: IMAGE_QUEUE_LIMIT, ownerShare: IMAGE_OWNER_SHARE });
