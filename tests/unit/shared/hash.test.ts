import { describe, expect, it } from 'vitest';
import { hash64 } from '../../../src/shared/hash';

describe('hash64', () => {
  it('is 16 hex digits, the same for the same text', () => {
    expect(hash64('Putin and Navalny.')).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64('Putin and Navalny.')).toBe(hash64('Putin and Navalny.'));
    expect(hash64('')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('tells apart 200,000 texts that differ by a character or a number, where 32 bits would not', () => {
    const seen = new Set<string>();
    const low = new Set<string>();
    for (let i = 0; i < 200_000; i++) {
      const hash = hash64(`Dispatch ${i} of the series, filed from Minsk.`);
      seen.add(hash);
      low.add(hash.slice(8));
    }
    expect(seen.size).toBe(200_000);
    // Either 32-bit half alone collides here (the birthday bound: about 5 collisions among 200,000).
    expect(low.size).toBeLessThan(200_000);
  });
});
