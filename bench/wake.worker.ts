/**
 * One service-worker wake, in a fresh process: nothing compiled, cached or
 * warmed by the benchmark's own. Loads the stored matcher from its bytes,
 * then matches the page twice, and reports the three times.
 */
import { deserialize } from 'node:v8';
import { createMatcher, loadSegment, type CompiledSegment } from '../src/match';

export interface WakeTimes {
  loadMs: number;
  firstMs: number;
  secondMs: number;
}

process.once('message', ({ persisted, blocks }: { persisted: Uint8Array; blocks: string[] }) => {
  let start = performance.now();
  const lap = () => {
    const now = performance.now();
    const elapsed = now - start;
    start = now;
    return elapsed;
  };
  const matcher = createMatcher([loadSegment(deserialize(persisted) as CompiledSegment)]);
  const loadMs = lap();
  for (const block of blocks) matcher.matchBlock(block);
  const firstMs = lap();
  for (const block of blocks) matcher.matchBlock(block);
  const secondMs = lap();
  process.send!({ loadMs, firstMs, secondMs } satisfies WakeTimes, () => process.exit(0));
});
