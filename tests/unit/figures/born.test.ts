import { describe, expect, it } from 'vitest';
import { bornFigures, formatBorn } from '../../../src/figures/born';
import { extractFigures } from '../../../src/figures/extract';

const born = (text: string, asOf: string | null) => bornFigures(extractFigures(text), asOf).map((f) => [f.value, f.text]);

describe('a year of birth reckoned from an age', () => {
  it.each([
    ['The 66-year-old authoritarian leader won another term.', '2021-01', 1955.04, '66-year-old (born in 1954 or 1955)'],
    ['Olmedo, 52, who chairs the committee, spoke.', '2024-06-01', 1972.46, '52 (born in 1971 or 1972)'],
    ['The ministers, aged 71, met.', '2020', 1949.5, '71 (born in 1948 or 1949)'],
  ])('%s (written %s)', (text, asOf, value, written) => {
    expect(born(text, asOf)).toEqual([[value, written]]);
  });

  it('needs the date of writing, and an age as written, not a range', () => {
    expect(born('The 66-year-old leader won another term.', null)).toEqual([]);
    expect(born('Voters over 65 years old stayed at home.', '2021-01')).toEqual([]);
  });

  it('is written for a card as the years it allows', () => {
    expect(formatBorn({ value: 1955.04 })).toBe('born in 1954 or 1955');
    expect(formatBorn({ value: 1955 })).toBe('born in 1954 or 1955');
  });
});
