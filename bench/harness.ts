/**
 * Benchmark harness. A `bench/*.bench.ts` file calls `defineBench()`; `npm run bench` bundles each
 * file, loads it in headless Chromium, runs every registered benchmark and prints, per metric, the
 * median of our samples, each peer's median measured in the same run, and the ratio peer/ours.
 */
export interface BenchRow {
  /** e.g. "service-finder: keystroke to results, 10,000 services". */
  benchmark: string;
  /** e.g. "p95" or "median" or "requests". */
  metric: string;
  unit: 'ms' | 'count' | 'rows' | 'KB';
  ours: number;
  /** Same metric for each peer, measured in the same run (e.g. { 'fuse.js': 12.3, 'includes': 4.1 }). */
  peers: Record<string, number>;
  /** Optional budget for `ours` (printed as pass/fail, never enforced in tests). */
  budget?: number;
}

export interface Bench {
  name: string;
  run(): Promise<BenchRow[]>;
}

declare global {
  interface Window {
    __benches?: Bench[];
  }
}

export function defineBench(name: string, run: () => Promise<BenchRow[]>): void {
  (window.__benches ??= []).push({ name, run });
}

/** Runs `fn` `samples` times (after `warmup` untimed runs) and returns each duration in ms. */
export async function sample(fn: () => unknown | Promise<unknown>, samples = 15, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: number[]): number => percentile(values, 50);

/** Waits for two animation frames: the browser has laid out and painted what was rendered. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
