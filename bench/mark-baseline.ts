import { Worker } from 'node:worker_threads';

export interface BaselineResult {
  /** Median time of the completed runs, or null. */
  medianMs: number | null;
  /** "completed", or how it failed: the error it threw, or the time limit it ran past. */
  note: string;
}

/** Runs the mark.js keyword-array baseline on a page in a worker, stopping it after `limitMs`. */
export function runMarkBaseline(html: string, keywords: string[], runs: number, limitMs: number): Promise<BaselineResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./mark-baseline.worker.mjs', import.meta.url), { workerData: { html, keywords, runs } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ medianMs: null, note: `did not finish within ${Math.round(limitMs / 1000)} s (${keywords.length.toLocaleString('en-US')} keywords)` });
    }, limitMs);
    worker.once('message', ({ times, error }: { times: number[]; error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      const sorted = [...times].sort((a, b) => a - b);
      resolve({ medianMs: sorted.length ? sorted[Math.floor(sorted.length / 2)] : null, note: error ? failure(error, keywords.length) : 'completed' });
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ medianMs: null, note: failure(error.message, keywords.length) });
    });
  });
}

/** How the baseline failed, in a line: a regular expression's stack overflow quotes the whole pattern. */
function failure(error: string, keywords: number): string {
  const count = `${keywords.toLocaleString('en-US')} keywords`;
  if (/stack overflow/i.test(error)) return `failed: stack overflow in a keyword's regular expression (${count})`;
  return `failed: ${error.length > 120 ? `${error.slice(0, 117)}…` : error} (${count})`;
}
