import { describe, expect, it } from 'vitest';
import { claimEventDate, datedRanges } from '../../../src/match/claim-date';

describe('claimEventDate', () => {
  it('drops a year the claim writes only as a modifier', () => {
    expect(claimEventDate('2018', 'Furgal is being held in Moscow, which supporters say was payback for beating the Kremlin candidate in the 2018 election.')).toBeNull();
  });

  it.each([
    ['2014', 'In 2014, Russia occupied Crimea.'],
    ['2004', 'Ten years prior, Russia was preaching for Kuchma.'],
    ['2020-08', 'The protests erupted last August.'],
  ])('keeps %s in: %s', (date, text) => {
    expect(claimEventDate(date, text)).toBe(date);
  });
});

describe('datedRanges', () => {
  const dated = (text: string, date: string) => datedRanges(text, date)?.map(([from, to]) => text.slice(from, to).trim());
  it('takes the clause the date is written in', () => {
    const text = 'The rallies were called by the foundation, shortly after Navalny returned to Russia on January 17 from Germany, where he had been treated for poisoning.';
    expect(dated(text, '2021-01-17')).toEqual([', shortly after Navalny returned to Russia on January 17 from Germany']);
  });

  it('reads a thousands comma as part of a figure, not a clause break', () => {
    expect(dated('Police detained 3,711 people on January 23, according to OVD-Info.', '2021-01-23')).toEqual(['Police detained 3,711 people on January 23']);
  });

  it('dates the main clause by a date that opens the sentence, without its relative clauses', () => {
    expect(dated('In 2014, Russia occupied Crimea and started a war that killed nearly 15,000 people.', '2014')).toEqual(['In 2014, Russia occupied Crimea and started a war']);
    expect(dated('On Sept. 9, opposition leader Tikhanovskaya, who was robbed of a victory, recorded a video address.', '2020-09-09')).toEqual([
      'On Sept. 9, opposition leader Tikhanovskaya,',
      ', recorded a video address.',
    ]);
  });

  it('dates all of a claim whose date is not written in it', () => {
    expect(datedRanges('On the same day, Alexievich had a similar message.', '2020-09-09')).toBeNull();
  });
});
