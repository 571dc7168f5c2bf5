import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { createJobPool, IMAGE_SLOTS, PoolBusyError, PoolShareTakenError } from "./pool";

/** A job that runs until the test lets it finish, counting how many of its kind run at once. */
function gatedJobs() {
  let running = 0;
  let mostAtOnce = 0;
  const releases: (() => void)[] = [];
  const started: number[] = [];
  return {
    job: (id: number) => () => {
      started.push(id);
      mostAtOnce = Math.max(mostAtOnce, ++running);
      return new Promise<number>((resolve) => releases.push(() => resolve(id))).finally(() => running--);
    },
    releaseAll: () => releases.splice(0).forEach((release) => release()),
    get mostAtOnce() {
      return mostAtOnce;
    },
    started,
  };
}

describe("createJobPool", () => {
  it("never runs more jobs at once than it has slots, and runs the waiting ones in turn", async () => {
    const pool = createJobPool({ size: 2, queueLimit: 8 });
    const jobs = gatedJobs();

    const results = Array.from({ length: 10 }, (_, id) => pool.run(jobs.job(id)));
    expect({ running: pool.running, waiting: pool.waiting }).toEqual({ running: 2, waiting: 8 });
    while (pool.running > 0) {
      jobs.releaseAll();
      await new Promise((resolve) => setImmediate(resolve));
    }

    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(jobs.mostAtOnce).toBe(2);
    expect(jobs.started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("refuses a job when every slot is taken and the queue is full, without running it", async () => {
    const pool = createJobPool({ size: 1, queueLimit: 2 });
    const jobs = gatedJobs();
    const accepted = [0, 1, 2].map((id) => pool.run(jobs.job(id)));

    await expect(pool.run(jobs.job(3))).rejects.toBeInstanceOf(PoolBusyError);

    expect(jobs.started).toEqual([0]);
    jobs.releaseAll();
    await accepted[0];
    jobs.releaseAll();
    await accepted[1];
    jobs.releaseAll();
    expect(await Promise.all(accepted)).toEqual([0, 1, 2]);
    expect(jobs.started).toEqual([0, 1, 2]);
  });

  it("holds each owner to its share of jobs, running or waiting, while others still get in", async () => {
    const pool = createJobPool({ size: 1, queueLimit: 8, ownerShare: 2 });
    const jobs = gatedJobs();
    const mine = [pool.run(jobs.job(0), undefined, "ada"), pool.run(jobs.job(1), undefined, "ada")];

    await expect(pool.run(jobs.job(2), undefined, "ada")).rejects.toBeInstanceOf(PoolShareTakenError);
    const theirs = pool.run(jobs.job(3), undefined, "bo");
    expect(pool.waiting).toBe(2);

    // A share comes back when a job settles, and when a waiting job is given up.
    jobs.releaseAll();
    expect(await mine[0]).toBe(0);
    const giveUp = new AbortController();
    const waiting = pool.run(jobs.job(4), giveUp.signal, "ada");
    await expect(pool.run(jobs.job(5), undefined, "ada")).rejects.toBeInstanceOf(PoolShareTakenError);
    giveUp.abort();
    await expect(waiting).rejects.toBeInstanceOf(PoolBusyError);
    const again = pool.run(jobs.job(6), undefined, "ada");

    while (pool.running > 0) {
      jobs.releaseAll();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all([mine[1], theirs, again])).toEqual([1, 3, 6]);
    expect(jobs.started).toEqual([0, 1, 3, 6]);
  });

  it("drops a waiting job whose caller gave up, so it never runs", async () => {
    const pool = createJobPool({ size: 1, queueLimit: 2 });
    const jobs = gatedJobs();
    const first = pool.run(jobs.job(0));
    const caller = new AbortController();
    const abandoned = pool.run(jobs.job(1), caller.signal);

    caller.abort();

    await expect(abandoned).rejects.toBeInstanceOf(PoolBusyError);
    expect(pool.waiting).toBe(0);
    jobs.releaseAll();
    expect(await first).toBe(0);
    expect(jobs.started).toEqual([0]);
  });

  it("keeps a started job's slot until the job settles, even after its caller gave up", async () => {
    const pool = createJobPool({ size: 1, queueLimit: 1 });
    const jobs = gatedJobs();
    const caller = new AbortController();
    const started = pool.run(jobs.job(0), caller.signal);

    caller.abort();
    const next = pool.run(jobs.job(1));

    expect({ running: pool.running, waiting: pool.waiting, started: jobs.started }).toEqual({ running: 1, waiting: 1, started: [0] });
    jobs.releaseAll();
    expect(await started).toBe(0);
    jobs.releaseAll();
    expect(await next).toBe(1);
  });

  it("frees the slot of a job that fails", async () => {
    const pool = createJobPool({ size: 1, queueLimit: 0 });

    await expect(pool.run(() => Promise.reject(new Error("decoder failed")))).rejects.toThrow("decoder failed");

    expect(await pool.run(() => Promise.resolve("next"))).toBe("next");
  });
});

describe("the image pool", () => {
  it("leaves at least two of libuv's threads to file reads, and a core to page rendering", () => {
    // The default UV_THREADPOOL_SIZE is 4; the machine running the tests may have any number of cores.
    expect(IMAGE_SLOTS).toBeGreaterThanOrEqual(1);
    expect(IMAGE_SLOTS).toBeLessThanOrEqual(Math.max(1, Math.min(4 - 2, availableParallelism() - 1)));
  });
});
