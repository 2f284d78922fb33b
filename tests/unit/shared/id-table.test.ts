import { describe, expect, it } from 'vitest';
import { IdTable } from '../../../src/shared/id-table';

describe('IdTable', () => {
  it('gives every id back as it was added, regular or not, after a round trip through its stored form', () => {
    const ids = [
      ['doc:a#c0', 'doc:a'],
      ['doc:a#c17', 'doc:a'],
      ['doc:b-2#c3', 'doc:b-2'],
      ['doc:b-2#c03', 'doc:b-2'], // not the number's own spelling: kept as is
      ['doc:b-2#claim-x', 'doc:b-2'],
      ['doc:c#q1', 'doc:c'], // another letter: kept as is
      ['doc:a#c5', 'doc:b'], // another document's
      ['doc:ab#c1', 'doc:a'], // a longer document id
      ['doc:a#c', 'doc:a'],
      ['doc:a#c-1', 'doc:a'],
      ['doc:a#c1e3', 'doc:a'],
      ['doc:a#c2147483648', 'doc:a'], // past int32
      ['doc:a#c99999999999', 'doc:a'],
      ['doc:a#c2147483647', 'doc:a'],
    ] as const;
    const table = new IdTable('c');
    for (let i = 0; i < 3000; i++) table.add(`doc:bulk-${i % 40}#c${i}`, `doc:bulk-${i % 40}`);
    const at = ids.map(([id, docId]) => table.add(id, docId));
    const back = IdTable.fromStored(structuredClone(table.toStored()));
    expect(at.map((i) => back.id(i))).toEqual(ids.map(([id]) => id));
    expect(back.id(2999)).toBe('doc:bulk-39#c2999');
    expect(back.size).toBe(3000 + ids.length);
  });

  it("marks a document's entries after a round trip, and nothing for documents it does not hold", () => {
    const table = new IdTable('c');
    for (const [id, docId] of [['doc:a#c0', 'doc:a'], ['doc:b#c0', 'doc:b'], ['doc:a#c1', 'doc:a']]) table.add(id, docId);
    const back = IdTable.fromStored(structuredClone(table.toStored()));
    expect(back.docMask(new Set(['doc:a']))).toEqual(Uint8Array.from([1, 0, 1]));
    expect(back.docMask(new Set(['doc:z']))).toBeNull();
  });
});
