import { describe, expect, it } from 'vitest';
import { scanWords } from '../../../src/text/terms';
import { PairTable } from '../../../src/shared/pair-table';

describe('the pair table', () => {
  it('keeps every key through growth, colliding slots included, and answers the missing value for others', () => {
    const table = new PairTable(4);
    // Keys that share their low half land in the same first slot.
    for (let i = 0; i < 5_000; i++) table.set(i * 7919, i % 3 === 0 ? 42 : i, i);
    expect(table.size).toBe(5_000);
    for (let i = 0; i < 5_000; i++) expect(table.get(i * 7919, i % 3 === 0 ? 42 : i)).toBe(i);
    expect(table.get(-1, 42)).toBe(-2);
    expect(table.get(-1, 42, -7)).toBe(-7);
  });

  it('spreads keys made of small consecutive numbers (trie edges: node, word) over the table', () => {
    const table = new PairTable();
    for (let node = 0; node < 200_000; node++) table.set(node, node % 40, node);
    expect(table.get(123_456, 123_456 % 40)).toBe(123_456);
    // Linear probing stays short only if both halves reach every bit of the slot.
    expect(table.longestProbe).toBeLessThan(40);
  });

  it('overwrites a key set twice', () => {
    const table = new PairTable();
    table.set(1, 2, 3);
    table.set(1, 2, 4);
    expect(table.size).toBe(1);
    expect(table.get(1, 2)).toBe(4);
  });

  it('is keyed by scanWords hashes: the same word in any case has one key, other words others', () => {
    const keys: string[] = [];
    const text = 'Protesters PROTESTERS protesters protester Navalny’s';
    scanWords(text, (high, low, start, end, plain) => keys.push(`${high}:${low}:${plain}:${text.slice(start, end)}`));
    const key = (k: string) => k.split(':').slice(0, 2).join(':');
    expect(new Set(keys.slice(0, 3).map(key)).size).toBe(1);
    expect(key(keys[3])).not.toBe(key(keys[0]));
    expect(keys[4].endsWith(':true:Navalny’s')).toBe(false); // a curly apostrophe is not plain ASCII
  });
});
