/** Nearest-rank percentile of `values` (p in 0..100); NaN for no values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export type Summary = { p50: number; p95: number; runs: number };

export function summarize(values: number[]): Summary {
  return { p50: percentile(values, 50), p95: percentile(values, 95), runs: values.length };
}

/** Runs `work` once to warm caches and plans, then `runs` times; returns milliseconds per run. */
export async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

/** a / b rounded to two decimals: how many times slower `a` is. */
export function ratio(a: number, b: number): number {
  return Math.round((a / b) * 100) / 100;
}
