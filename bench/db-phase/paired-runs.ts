/**
 * Times `a` and `b` in turn, `runs` times each (after one warm-up run of
 * each), in milliseconds: on a shared machine both see the same busy and
 * quiet moments, so their ratio is fair where two separate series are not.
 */
export async function timePairedRuns(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number[], number[]]> {
  await a();
  await b();
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run < runs; run++) {
    for (const [index, work] of [a, b].entries()) {
      const started = performance.now();
      await work();
      times[index]!.push(performance.now() - started);
    }
  }
  return times;
}
