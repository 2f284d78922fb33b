import { describe, expect, it } from 'vitest';
import { narrowIds } from '../../../src/shared/id-array';

describe('narrowIds', () => {
  it('keeps ids in two bytes each while all of them fit, in four past that, with the same values', () => {
    const ids = Int32Array.from([0, 7, 65_535]);
    const narrow = narrowIds(ids, 65_536);
    expect(narrow).toBeInstanceOf(Uint16Array);
    expect([...narrow]).toEqual([0, 7, 65_535]);
    const wide = narrowIds(Int32Array.from([0, 65_536]), 65_537);
    expect(wide).toBeInstanceOf(Int32Array);
    expect([...wide]).toEqual([0, 65_536]);
  });
});
