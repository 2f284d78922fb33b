import type { Figure } from '../shared/records';
import { yearOf } from './since';

/**
 * When a person was born, reckoned from an age and the date it was written:
 * "the 66-year-old" in January 2021 was born in 1954 or 1955. Ages grow: a
 * page of 2024 calling him 70 agrees with a source of 2021 calling him 66, and
 * is compared with it by this figure (unit `born`, its value the latest
 * possible year of birth) rather than by the ages themselves.
 */
export function bornFigures(figures: readonly Figure[], asOf: string | null): Figure[] {
  const when = yearOf(asOf);
  if (when === null) return [];
  const out: Figure[] = [];
  for (const figure of figures) {
    if (figure.unit !== 'age' || figure.qualifier !== 'exact') continue;
    const born: Figure = { ...figure, value: Number((when - figure.value).toFixed(2)), unit: 'born' };
    out.push({ ...born, text: `${figure.text} (${formatBorn(born)})` });
  }
  return out;
}

/** The years of birth a `born` figure allows: a year before its value, up to it. */
export function bornInterval(figure: Pick<Figure, 'value'>): [number, number] {
  return [figure.value - 1, figure.value];
}

/** A `born` figure as a card writes it: "born in 1954 or 1955". */
export function formatBorn(figure: Pick<Figure, 'value'>): string {
  const [from, to] = bornInterval(figure).map(Math.floor);
  return from === to ? `born in ${to}` : `born in ${from} or ${to}`;
}
