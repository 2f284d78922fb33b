import { describe, expect, it } from 'vitest';
import { countOf } from '../../../src/ui/labels';

describe('countOf', () => {
  it('writes one in the singular and any other number in the plural', () => {
    expect(countOf(1, 'quote')).toBe('1 quote');
    expect(countOf(0, 'claim')).toBe('0 claims');
    expect(countOf(12, 'name')).toBe('12 names');
  });

  it('groups the thousands of large counts', () => {
    expect(countOf(3030, 'document')).toBe('3,030 documents');
    expect(countOf(52800, 'claim')).toBe('52,800 claims');
  });
});
