import { describe, expect, it } from 'vitest';
import { extractDates, extractFigures, formatFigure } from '../../../src/figures/extract';

describe('extractFigures', () => {
  it.each([
    ['Police detained 3,711 people on January 23.', { value: 3711, unit: 'count', qualifier: 'exact', counted: 'people detained', text: '3,711' }],
    ['reported in more than 100 cities and towns', { value: 100, qualifier: 'more-than', counted: 'cities and towns', text: 'more than 100' }],
    ['with an estimated 40,000 attending the rally', { value: 40000, qualifier: 'estimated', counted: 'attending' }],
    ['a financial injection of $1.5 billion', { value: 1.5e9, unit: 'usd', text: '$1.5 billion' }],
    ['a war that killed nearly 15,000 people', { value: 15000, qualifier: 'nearly', counted: 'people killed' }],
    ['the dictator reigning for over 26 years', { value: 26, unit: 'years', qualifier: 'more-than', text: 'over 26 years' }],
    ['the 66-year-old authoritarian leader', { value: 66, unit: 'age' }],
    ['turnout fell to 41.5 percent', { value: 41.5, unit: 'percent' }],
    ['Ten years prior, during the revolution', { value: 10, unit: 'years' }],
    ['a loan of 500 million rubles', { value: 5e8, unit: 'rub' }],
    ['at least two businessmen', { value: 2, qualifier: 'at-least', counted: 'businessmen' }],
    ['Olmedo, 52, who began at the port', { value: 52, unit: 'age' }],
    ['Margaret Dunne, aged 71, a retired nurse', { value: 71, unit: 'age' }],
    ['likely to stay at or below 2 percent', { value: 2, unit: 'percent', qualifier: 'at-most' }],
    ['€180 million over three years to buy empty homes', { value: 3, unit: 'years', qualifier: 'exact', text: 'three years' }],
    ['in the month-long standoff', { value: 1, unit: 'months', text: 'month-long', counted: 'standoff' }],
    ['a 10-day trip', { value: 10, unit: 'days' }],
    ['detained across Russia, including 1,400 in Moscow', { value: 1400, qualifier: 'at-least', text: 'including 1,400' }],
    // A currency's code before the figure, its word joined after it; thousands grouped by thin spaces.
    ['a loan of about USD 1.5 billion', { value: 1.5e9, unit: 'usd', qualifier: 'about', text: 'about USD 1.5 billion' }],
    ['a 1.5 billion-dollar loan', { value: 1.5e9, unit: 'usd', text: '1.5 billion-dollar' }],
    ['police detained 3\u00a0711 people', { value: 3711, unit: 'count', text: '3\u00a0711', counted: 'people detained' }],
    ['a war that killed nearly 15\u202f000 people', { value: 15000, qualifier: 'nearly', counted: 'people killed' }],
  ])('%s', (sentence, expected) => {
    expect(extractFigures(sentence).filter((f) => f.unit !== 'eur')).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['Between 3,000 and 4,000 people were detained.', [[3000, 'at-least'], [4000, 'at-most']], 'Between 3,000 and 4,000', 'people detained'],
    ['a loan of between $1 billion and $2 billion', [[1e9, 'at-least'], [2e9, 'at-most']], 'between $1 billion and $2 billion', null],
    ['between 10% and 15% of voters', [[10, 'at-least'], [15, 'at-most']], 'between 10% and 15%', null],
  ])('a range is at least its first figure and at most its second: %s', (sentence, bounds, written, counted) => {
    const figures = extractFigures(sentence);
    expect(figures.map((f) => [f.value, f.qualifier])).toEqual(bounds);
    expect(figures.map((f) => f.text)).toEqual([written, written]);
    expect(figures.map((f) => f.counted)).toEqual([counted, counted]);
  });

  it.each([
    ['When Russians took to the streets in the tens of thousands on January 23', 1e4, 'tens of thousands', null],
    ['Hundreds of thousands of Belarusians marched in Minsk.', 1e5, 'Hundreds of thousands', 'belarusians marched'],
    ['security forces have detained thousands of people', 2000, 'thousands', 'people detained'],
    ['subjected hundreds to torture', 200, 'hundreds', null],
    ['Dozens of people were detained.', 24, 'Dozens', 'people detained'],
    ['Tens of millions watched the address.', 1e7, 'Tens of millions', 'watched'],
  ])('reads a count in words for what it allows: %s', (text, value, written, counted) => {
    expect(extractFigures(text)).toEqual([expect.objectContaining({ value, unit: 'count', qualifier: 'order-of', text: written, counted })]);
  });

  it.each(['It cost millions of dollars.', 'from Yakutsk to thousands of kilometers west', 'hundreds of times', 'thousands of years of history'])(
    'leaves money, distances and times in words alone: %s',
    (text) => {
      expect(extractFigures(text)).toEqual([]);
    },
  );

  it.each([
    [{ value: 1e4, unit: 'count', qualifier: 'order-of', counted: null }, 'tens of thousands'],
    [{ value: 2000, unit: 'count', qualifier: 'order-of', counted: 'people detained' }, 'thousands of people detained'],
    [{ value: 1e5, unit: 'count', qualifier: 'order-of', counted: 'attending' }, 'hundreds of thousands attending'],
  ] as const)('writes a count in words as words: %o', (figure, written) => {
    expect(formatFigure({ ...figure, text: '', start: 0, end: 0 })).toBe(written);
  });

  it.each([
    ['a $1.5-billion loan', 1.5e9, 'usd'],
    ['for more than two decades', 20, 'years'],
    ['for nearly three decades in power', 30, 'years'],
  ])('reads a scale or a decade joined to its number: %s', (text, value, unit) => {
    expect(extractFigures(text)[0]).toMatchObject({ value, unit });
  });

  it('does not read a hyphened letter as a scale: "a 20-m drop" is not twenty million', () => {
    expect(extractFigures('a 20-m drop').map((f) => f.value)).not.toContain(2e7);
  });

  it.each([
    ['Leaders met at the G20 summit in Rome.', []],
    ['Flight MH17 was shot down over Donbas, killing 298 people.', ['298']],
    ['The A320 carried 150 passengers.', ['150']],
    ['It cost US$1.5 billion.', ['$1.5 billion']],
  ])('a number joined to letters is part of a name, not a figure: %s', (sentence, figures) => {
    expect(extractFigures(sentence).map((f) => f.text)).toEqual(figures);
  });

  it.each([
    ['about 50 people', 'about 50'],
    ['around 4,200 members', 'around 4,200'],
    ['roughly 15,300 people', 'roughly 15,300'],
    ['some 300 journalists', 'some 300'],
    ['approximately 2,000 homes', 'approximately 2,000'],
    ['costing the economy about €25 million a day', 'about €25 million'],
    ['About 650 of those jobs', 'About 650'],
  ])('reads "about" and its synonyms as the qualifier about: %s', (text, written) => {
    const [figure] = extractFigures(text);
    expect(figure).toMatchObject({ qualifier: 'about', text: written });
    expect(formatFigure(figure)).toMatch(/^about /);
  });

  it('keeps "about" apart from a figure it does not qualify', () => {
    expect(extractFigures('They talked about it for 3 hours.')[0]).toMatchObject({ qualifier: 'exact', value: 3, unit: 'hours' });
  });

  it('counts money and its period apart: "€180 million over three years"', () => {
    expect(extractFigures('€180 million over three years').map((f) => [f.unit, f.value])).toEqual([['eur', 1.8e8], ['years', 3]]);
  });

  it.each([
    ['compounds', 'a two-bedroom flat and twenty-foot containers'],
    ['dates', 'On Sept. 9 and on January 23, 2021, they met.'],
    ['player timers', '0:00 0:03:40 0:00'],
    ['ordinals', 'the 2nd round and the 21st century'],
    ['decades', 'U.S. ambassador to Belarus in the 1990s'],
  ])('leaves %s alone', (_what, sentence) => {
    expect(extractFigures(sentence).filter((f) => f.unit !== 'year')).toEqual([]);
  });

  it('offsets slice the figure as written', () => {
    const text = 'Police detained more than 3,700 people.';
    const [figure] = extractFigures(text);
    expect(text.slice(figure.start, figure.end)).toBe('more than 3,700');
    expect(formatFigure(figure)).toBe('more than 3,700 people detained');
  });
});

describe('extractDates', () => {
  it.each([
    ['on January 23', '2021-01', '2021-01-23'],
    ['On Sept. 9, she spoke', '2020-09', '2020-09-09'],
    ['In September, Putin promised', '2021-01', '2020-09'],
    ['erupted last August', '2021-01', '2020-08'],
    ['on May 18, 2021', null, '2021-05-18'],
  ])('%s (published %s) → %s', (text, published, iso) => {
    expect(extractDates(text, published).map((d) => d.iso)).toEqual([iso]);
  });

  it('does not read the verb "may" as a month', () => {
    expect(extractDates('This may prove a warning.', '2021-01')).toEqual([]);
  });
});
