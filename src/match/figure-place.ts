import type { NameHit } from '../shared/hits';

/** What ends a clause: a figure's place is told in its own clause. */
const CLAUSE_END = /[,;:()\u2013\u2014]/;
/** Words that put what is counted in a place: "attending in St. Petersburg", "detained across Russia". */
const LOCATIVE = /\b(?:in|across|at|throughout|around|outside)\s+(?:the\s+)?$/i;

/**
 * The place a figure counts in, where its clause says so: "with some 4,000
 * people attending in St. Petersburg" → St. Petersburg. The place named
 * nearest the figure, after a word of place, as its name hit; null where none is.
 * `places` are the sentence's name hits of places, in order.
 */
export function placeOfFigure(text: string, figure: { start: number; end: number }, places: readonly NameHit[], sentence: { start: number; end: number }): NameHit | null {
  let from = figure.start;
  while (from > sentence.start && !CLAUSE_END.test(text[from - 1])) from--;
  let to = figure.end;
  while (to < sentence.end && !CLAUSE_END.test(text[to])) to++;
  let best: NameHit | null = null;
  let distance = Infinity;
  for (const place of places) {
    if (place.start < from || place.end > to || !LOCATIVE.test(text.slice(Math.max(from, place.start - 20), place.start))) continue;
    const gap = place.start >= figure.end ? place.start - figure.end : figure.start - place.end;
    if (gap >= 0 && gap < distance) {
      best = place;
      distance = gap;
    }
  }
  return best;
}
