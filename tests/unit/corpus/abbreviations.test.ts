import { describe, expect, it } from 'vitest';
import { abbreviationVariants } from '../../../src/corpus/abbreviations';

describe('abbreviationVariants', () => {
  it.each([
    ['St. Petersburg', ['Saint Petersburg']],
    ['St Petersburg', ['Saint Petersburg']],
    ['Saint Petersburg', ['St. Petersburg']],
    ['Mount Elbrus', ['Mt. Elbrus']],
    ['Fort Worth', ['Ft. Worth']],
    ['Moscow', []],
    // Only a word of its own: "Stavropol" and "Fortune" are not abbreviations.
    ['Stavropol', []],
    ['Fortune Bank', []],
  ])('%s → %j', (name, expected) => {
    expect(abbreviationVariants(name)).toEqual(expected);
  });
});
