import { fork } from 'node:child_process';

export interface BaselineResult {
  /** Median time of the completed runs, or null. */
  medianMs: number | null;
  /** "completed", or how it failed: the error it threw, or the time limit it ran past. */
  note: string;
}

/**
 * Runs the mark.js keyword-array baseline on a page in a child process,
 * stopping it after `limitMs`. A process, not a worker thread: with enough
 * keywords V8's regular-expression compiler runs out of memory, a fatal error
 * that would take the benchmark down with it.
 */
export function runMarkBaseline(html: string, keywords: string[], runs: number, limitMs: number): Promise<BaselineResult> {
  return new Promise((resolve) => {
    const child = fork(new URL('./mark-baseline.worker.mjs', import.meta.url), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
    let stderr = '';
    let settled = false;
    const settle = (result: BaselineResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(result);
    };
    const timer = setTimeout(() => {
      settle({ medianMs: null, note: `did not finish within ${Math.round(limitMs / 1000)} s (${keywords.length.toLocaleString('en-US')} keywords)` });
    }, limitMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString();
    });
    child.once('message', ({ times, error }: { times: number[]; error?: string }) => {
      const sorted = [...times].sort((a, b) => a - b);
      settle({ medianMs: sorted.length ? sorted[Math.floor(sorted.length / 2)] : null, note: error ? failure(error, keywords.length) : 'completed' });
    });
    child.once('exit', (code, signal) => {
      const fatal = /FATAL ERROR: ([^\n]+)/.exec(stderr)?.[1];
      settle({ medianMs: null, note: failure(fatal ? `V8 aborted: ${fatal}` : `exited with ${signal ?? code}`, keywords.length) });
    });
    child.send({ html, keywords, runs });
  });
}

/** How the baseline failed, in a line: a regular expression's stack overflow quotes the whole pattern. */
function failure(error: string, keywords: number): string {
  const count = `${keywords.toLocaleString('en-US')} keywords`;
  if (/stack overflow/i.test(error)) return `failed: stack overflow in a keyword's regular expression (${count})`;
  if (/RegExpCompiler/i.test(error)) return `failed: V8 ran out of memory compiling a keyword's regular expression (${count})`;
  return `failed: ${error.length > 120 ? `${error.slice(0, 117)}…` : error} (${count})`;
}
