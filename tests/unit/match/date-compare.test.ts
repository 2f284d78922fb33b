import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/figures/dates';
import { compareDates, pageDateOf } from '../../../src/match/date-compare';

describe('compareDates', () => {
  it.each([
    // Days: the same, or another month or day; the same day of another year is another occasion.
    ['2021-01-17', true, '2021-01-17', { same: true, page: '2021-01-17', corpus: '2021-01-17' }],
    ['2021-01-18', false, '2021-01-17', { same: false, page: '2021-01-18', corpus: '2021-01-17' }],
    ['2022-01-17', true, '2021-01-17', null],
    // Months, at the precision both give.
    ['2021-02', false, '2021-01-17', { same: false, page: '2021-02', corpus: '2021-01' }],
    ['2021-01', true, '2021-01-17', { same: true, page: '2021-01', corpus: '2021-01' }],
    ['2022-01', true, '2021-01', null],
    // Years, only where the page writes it, and within a few years.
    ['2015', true, '2014', { same: false, page: '2015', corpus: '2014' }],
    ['2014-03', true, '2014', { same: true, page: '2014', corpus: '2014' }],
    ['2014-03-18', false, '2014', null],
    ['2020-12', false, '2018', null],
    ['1954', true, '2014', null],
    ['2020', true, '2021-01-17', { same: false, page: '2020', corpus: '2021' }],
  ])('%s (year written: %s) against %s', (iso, yearWritten, corpus, expected) => {
    expect(compareDates({ iso, yearWritten }, corpus)).toEqual(expected);
  });

  it('compares nothing without both dates', () => {
    expect(compareDates(null, '2014')).toBeNull();
    expect(compareDates({ iso: '2014', yearWritten: true }, null)).toBeNull();
  });
});

describe('pageDateOf', () => {
  const dateOf = (text: string) => pageDateOf(extractDates(text, '2021-02-02'), text);
  it.each([
    ['Navalny returned to Russia on January 17.', { iso: '2021-01-17', yearWritten: false }],
    ['Russia occupied Crimea in 2015.', { iso: '2015', yearWritten: true }],
    ['The loan was promised in December.', { iso: '2020-12', yearWritten: false }],
    ['Protests erupted last August.', { iso: '2020-08', yearWritten: false }],
    ['In March 2014, Russia occupied Crimea.', { iso: '2014-03', yearWritten: true }],
    // A day written out comes before a month or a year.
    ['In 2021, on January 23, police detained 3,711.', { iso: '2021-01-23', yearWritten: false }],
    // Unless it is the day of speaking.
    ['Inflation rose to 11% last January, the agency said on May 19.', { iso: '2021-01', yearWritten: false }],
    ['OVD-Info said police detained 3,711 people on January 24.', { iso: '2021-01-24', yearWritten: false }],
  ])('%s', (text, expected) => {
    expect(dateOf(text)).toEqual(expected);
  });

  it.each([
    'Russia has occupied Crimea since 2014.',
    'Furgal won the 2018 election.',
    'The war will end by 2024.',
    'Navalny spoke on Tuesday.',
    'Prices rose last year.',
  ])('takes no event date from: %s', (text) => {
    expect(dateOf(text)).toBeNull();
  });
});
