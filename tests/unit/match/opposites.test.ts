import { describe, expect, it } from 'vitest';
import { oppositionsIn, writtenOf } from '../../../src/match/opposites';
import { termOf } from '../../../src/text/terms';

const terms = (words: string) => words.split(' ').map((word) => termOf(word)!);
const said = (words: string, unsaid = '') => oppositionsIn(terms(words), unsaid ? terms(unsaid) : []).map(({ other }) => other.map(writtenOf));

describe('oppositionsIn', () => {
  it('gives the other side of a word the sentence says', () => {
    expect(said('putin refused loan')).toEqual([expect.arrayContaining(['promised', 'promise', 'pledged', 'offered'])]);
    expect(said('protests ended')).toEqual([['started', 'began', 'begun', 'launched']]);
  });

  it('gives none where the sentence says both sides, or denies the word', () => {
    expect(said('refused loan then promised')).toEqual([]);
    expect(said('putin refuse loan', 'refuse')).toEqual([]);
    expect(said('police detained protesters')).toEqual([]);
  });

  it('writes a term as the word the lists give first', () => {
    expect(writtenOf(termOf('rejected')!)).toBe('rejected');
    expect(writtenOf(termOf('reject')!)).toBe('rejected');
  });
});
