import { fork } from 'node:child_process';
import type { WakeTimes } from './wake.worker';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * What a page waits for when the service worker has stopped (MV3 stops it
 * after about 30 s idle, so most visits after reading a while): each of
 * `runs` fresh processes loads the stored matcher and matches the page; the
 * medians of their load, first and second match.
 */
export async function measureWake(persisted: Uint8Array, blocks: string[], runs = 3): Promise<WakeTimes> {
  const times: WakeTimes[] = [];
  for (let run = 0; run < runs; run++) times.push(await wakeOnce(persisted, blocks));
  return { loadMs: median(times.map((t) => t.loadMs)), firstMs: median(times.map((t) => t.firstMs)), secondMs: median(times.map((t) => t.secondMs)) };
}

function wakeOnce(persisted: Uint8Array, blocks: string[]): Promise<WakeTimes> {
  return new Promise((resolve, reject) => {
    // A process of its own, as the service worker is: tsx to read the sources, structured clone to send the bytes.
    const child = fork(new URL('./wake.worker.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
    child.once('message', (times: WakeTimes) => resolve(times));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the wake process exited with ${code} before reporting`)));
    child.send({ persisted, blocks });
  });
}
