import { describe, expect, it } from 'vitest';
import { placeOfFigure } from '../../../src/match/figure-place';
import type { NameHit } from '../../../src/shared/hits';

/** The place of the figure `figure` in `text`, with `placeNames` as the sentence's places. */
function placeOf(text: string, figure: string, placeNames: string[]): string | null {
  const places: NameHit[] = placeNames.map((name) => {
    const start = text.indexOf(name);
    return { kind: 'name', start, end: start + name.length, entityId: `ent:${name}`, entityType: 'place', alias: name, matchType: 'exact' };
  });
  const start = text.indexOf(figure);
  return placeOfFigure(text, { start, end: start + figure.length }, places, { start: 0, end: text.length })?.entityId ?? null;
}

describe('placeOfFigure', () => {
  it.each([
    ['Demonstrations were reported in over 100 cities, with some 4,000 people attending in St. Petersburg.', '4,000', ['St. Petersburg'], 'ent:St. Petersburg'],
    ['Demonstrations were reported in over 100 cities, with some 4,000 people attending in St. Petersburg.', '100', ['St. Petersburg'], null],
    ['Police in Moscow detained more than 1,300 people.', '1,300', ['Moscow'], 'ent:Moscow'],
    ['Police detained 3,711 people across Russia and 1,400 in Moscow.', '1,400', ['Russia', 'Moscow'], 'ent:Moscow'],
    ['Police detained 3,711 people across Russia and 1,400 in Moscow.', '3,711', ['Russia', 'Moscow'], 'ent:Russia'],
    // A place that is not where the count is: of origin, or named without a word of place.
    ['About 2,000 people from Moscow joined.', '2,000', ['Moscow'], null],
    ['Moscow said 2,000 people joined.', '2,000', ['Moscow'], null],
  ])('%s (%s)', (text, figure, places, expected) => {
    expect(placeOf(text, figure, places)).toBe(expected);
  });
});
