import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/figures/extract';
import { formatSince, sinceFigures } from '../../../src/figures/since';

const since = (text: string, asOf: string | null = null) =>
  sinceFigures(text, extractFigures(text), asOf).map((f) => ({ value: f.value, qualifier: f.qualifier, counted: f.counted, text: f.text }));

describe('when a state began', () => {
  it.each([
    ['Lukashenko has ruled Belarus since 1994.', 1994, 'years in power', 'since 1994'],
    ['Alexander Lukashenko, in power since 1994, spoke.', 1994, 'years in power', 'since 1994'],
    ["Belarus's president since 1994 said so.", 1994, 'years in power', 'since 1994'],
    ['The activist has been jailed since 2020.', 2020, 'years in prison', 'since 2020'],
    ['She has been behind bars since 2021.', 2021, 'years in prison', 'since 2021'],
  ])('written out: %s', (text, value, counted, written) => {
    expect(since(text)).toEqual([{ value, qualifier: 'exact', counted, text: written }]);
  });

  it.each([
    'The EU has sanctioned Minsk since 2006.',
    'Prices have risen since 2019.',
    'He has lived in Warsaw since the 1990s.',
    'Lukashenko has ruled Belarus since August.',
    'The president said since 2014 that the border was safe.',
  ])('not where nothing known began: %s', (text) => {
    expect(since(text)).toEqual([]);
  });

  it.each([
    ['The dictator reigning for over 26 years was able to enrage his neighbours.', '2020-09', 1994.71, 'at-most', 'over 26 years (since 1994 or earlier)'],
    ['Lukashenko has been in power for 27 years.', '2024-05-01', 1997.38, 'exact', '27 years (since 1996 or 1997)'],
    ['Lukashenko has ruled for less than 20 years.', '2020', 2000.5, 'at-least', 'less than 20 years (since 2000 or later)'],
  ])('reckoned from the date of writing: %s', (text, asOf, value, qualifier, written) => {
    expect(since(text, asOf)).toEqual([{ value, qualifier, counted: 'years in power', text: written }]);
  });

  it.each([
    ['Lukashenko has been in power for 27 years.', null],
    ['In 2020, Lukashenko had been in power for 26 years.', '2024-05-01'],
    ['Lukashenko was in power for 26 years by then.', '2024-05-01'],
    ['Lukashenko has been in power for 26 years in 2020.', '2024-05-01'],
    ['He was jailed for seven years.', '2024-05-01'],
    ['Protests have not been held for the past 200 years.', '2021-01'],
  ])('not reckoned without a date, or counted to another time, or not a time in power: %s', (text, asOf) => {
    expect(since(text, asOf)).toEqual([]);
  });

  it('is written for a card as the years it allows', () => {
    expect(formatSince({ value: 1994, qualifier: 'exact' })).toBe('since 1994');
    expect(formatSince({ value: 1994.71, qualifier: 'at-most' })).toBe('since 1994 or earlier');
    expect(formatSince({ value: 2000.5, qualifier: 'at-least' })).toBe('since 2000 or later');
    expect(formatSince({ value: 1994.71, qualifier: 'about' })).toBe('since about 1994');
    expect(formatSince({ value: 1994.71, qualifier: 'exact' })).toBe('since 1993 or 1994');
  });
});
