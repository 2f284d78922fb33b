import { describe, expect, it } from 'vitest';
import { dateOfStatement, extractDates, formatDate } from '../../../src/figures/dates';

const FRIDAY = '2025-03-14';
const iso = (text: string, published: string | null) => extractDates(text, published).map((d) => d.iso);

describe('extractDates', () => {
  it.each([
    ['Dockworkers voted on Thursday to extend the strike.', FRIDAY, ['2025-03-13']],
    ['Shares fell 4.2 percent on Friday.', FRIDAY, ['2025-03-14']],
    ['The union has called a demonstration for Saturday.', FRIDAY, ['2025-03-15']],
    ['The minister will meet them on Monday.', FRIDAY, ['2025-03-17']],
    ['About 4,200 members took part in Thursday’s ballot.', FRIDAY, ['2025-03-13']],
    ['In 2017, dockworkers staged stoppages.', FRIDAY, ['2017']],
    ['An estimated 33,400 homes were completed last year.', '2025-02-27', ['2024']],
    ['We expect to deliver 1,200 homes this year.', '2025-02-27', ['2025']],
    ['The NSO will publish its first rent index on March 3.', '2025-02-27', ['2025-03-03']],
    ['The department has until the end of March to respond.', '2025-02-20', ['2025-03']],
    ['The office published the index on March 3.', '2025-02-27', ['2024-03-03']],
    ['the murder of two businessmen before the 2018 election', '2021-01', ['2018']],
    // The day first, with its year: the month and year alone are not the date.
    ['Police detained 3,711 people on 23 January 2021.', '2021-02-01', ['2021-01-23']],
    ['Protests were held on Sat 23 Jan 2021.', null, ['2021-01-23']],
    ['Protests were held on the 23rd of January.', '2021-02-01', ['2021-01-23']],
    ['Protests were held in January 2021.', null, ['2021-01']],
  ])('%s (published %s) → %j', (text, published, expected) => {
    expect(iso(text, published)).toEqual(expected);
  });

  it('needs a day-precise publication date to read a weekday', () => {
    expect(iso('They voted on Thursday.', '2025-03')).toEqual([]);
  });

  it('marks dates read relative to the publication, so a matcher can leave them out of verdicts', () => {
    expect(extractDates('on Thursday and on March 3', FRIDAY).map((d) => d.relative)).toEqual([true, false]);
  });

  it('does not take a count for a year, nor a decade', () => {
    expect(iso('Police detained 2000 protesters.', FRIDAY)).toEqual([]);
    expect(iso('He was ambassador in the 1990s.', FRIDAY)).toEqual([]);
  });

  it('dates a statement by its first date that is not a baseline', () => {
    expect(dateOfStatement(extractDates('In January, rent took 38 percent of pay, the highest share since 1992.', '2025-02-27'))).toBe('2025-01');
    expect(dateOfStatement(extractDates('the most since 2008', '2025-02-27'))).toBeNull();
  });
});

describe('formatDate', () => {
  it.each([
    ['2021-01-17', 'January 17, 2021'],
    ['2020-09-09', 'September 9, 2020'],
    ['2021-01', 'January 2021'],
    ['2014', '2014'],
    ['2021-13-01', '2021-13-01'],
  ])('%s → %s', (iso, written) => {
    expect(formatDate(iso)).toBe(written);
  });
});
