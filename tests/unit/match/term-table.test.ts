import { describe, expect, it } from 'vitest';
import { buildTermTable, lookupTerm } from '../../../src/match/term-table';

describe('the term table', () => {
  const words = ['protest', '@ent:russia', '#count:3700', '%01-23', 'détenu', '@ent:moscow'];
  const table = buildTermTable(words);

  it('finds every word by itself, and an entity by its id after "@"', () => {
    words.forEach((word, id) => expect(lookupTerm(table, words, word)).toBe(id));
    expect(lookupTerm(table, words, 'ent:russia', 64)).toBe(1);
    expect(lookupTerm(table, words, 'ent:moscow', 64)).toBe(5);
  });

  it('finds nothing for a word it does not hold, or an entity id without its "@"', () => {
    expect(lookupTerm(table, words, 'protests')).toBe(-1);
    expect(lookupTerm(table, words, 'ent:russia')).toBe(-1);
    expect(lookupTerm(table, words, 'protest', 64)).toBe(-1);
    expect(lookupTerm(buildTermTable([]), [], 'protest')).toBe(-1);
  });

  it('holds a large vocabulary at most half full', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `w${i}`);
    const big = buildTermTable(many);
    expect(big.length).toBeGreaterThanOrEqual(2 * many.length);
    for (const i of [0, 1, 4_999, 49_999]) expect(lookupTerm(big, many, `w${i}`)).toBe(i);
    expect(lookupTerm(big, many, 'w50000')).toBe(-1);
  });
});
