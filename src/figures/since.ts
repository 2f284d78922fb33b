import type { Figure, Qualifier } from '../shared/records';
import { stateSince } from './counted';

/**
 * When a state began, as a figure of unit `since`: its value a year, with a
 * fraction where it is reckoned from a date. Read two ways:
 * - written out: "in power since 1994", "jailed since 2020";
 * - reckoned from a time in power and the date it was written: "reigning for
 *   over 26 years", in September 2020, began in 1994 or earlier.
 * So "ruled since 1994" and "over 26 years in power" can be compared, across
 * the years between the page and its source. Only a known state (in power, in
 * prison) is read: "since 2006" alone says nothing of what began. A prison
 * term is a sentence as often as time served, so only power is reckoned.
 */
export function sinceFigures(text: string, figures: readonly Figure[], asOf: string | null): Figure[] {
  const out: Figure[] = [];
  for (const match of text.matchAll(SINCE_YEAR)) {
    const state = stateSince(text.slice(Math.max(0, match.index - 60), match.index + match[0].length - match[1].length));
    if (!state) continue;
    out.push({ value: Number(match[1]), unit: 'since', qualifier: 'exact', counted: `years ${state}`, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  const when = yearOf(asOf);
  if (when === null) return out;
  for (const figure of figures) {
    const qualifier = REVERSED[figure.qualifier];
    if (figure.unit !== 'years' || figure.counted !== 'years in power' || !qualifier || !untilNow(text, figure)) continue;
    const reckoned: Figure = { ...figure, value: Number((when - figure.value).toFixed(2)), unit: 'since', qualifier };
    out.push({ ...reckoned, text: `${figure.text} (${formatSince(reckoned)})` });
  }
  return out;
}

/**
 * Whether a time in power runs up to the date of writing: "has ruled for 26
 * years", not "had been in power for 26 years" or "in 2020, … 26 years",
 * which count to another time.
 */
function untilNow(text: string, figure: Figure): boolean {
  const before = text.slice(Math.max(0, figure.start - 80), figure.start);
  const clause = before.slice(before.search(/[^.!?]*$/));
  const after = text.slice(figure.end, figure.end + 20);
  return !/\b(?:had|was|were|(?:1[6-9]|20)\d{2})\b/i.test(clause) && !/^\s+(?:in|by|until|till|to)\s+(?:1[6-9]|20)\d{2}\b/i.test(after);
}

const SINCE_YEAR = /\bsince ((?:1[6-9]|20)\d{2})\b(?!s)/gi;

/** A duration's qualifier, read for its start: more than 26 years began at most 26 years before. */
const REVERSED: Partial<Record<Qualifier, Qualifier>> = {
  exact: 'exact',
  'more-than': 'at-most',
  'at-least': 'at-most',
  'less-than': 'at-least',
  'at-most': 'at-least',
  'up-to': 'at-least',
  about: 'about',
  estimated: 'about',
};

/** A date as a year with its fraction: mid-month, or mid-year when only the year is known. */
export function yearOf(iso: string | null): number | null {
  const match = iso?.match(/^(\d{4})(?:-(\d{2}))?/);
  if (!match) return null;
  return Number(match[1]) + (match[2] ? (Number(match[2]) - 0.5) / 12 : 0.5);
}

/**
 * The years a `since` figure allows for the start: a written year is all of
 * that year; one reckoned from "N years" is the year before it (N years are
 * N to N + 1 years).
 */
export function sinceInterval(figure: Pick<Figure, 'value' | 'qualifier'>): [number, number] {
  const v = figure.value;
  const written = Number.isInteger(v);
  switch (figure.qualifier) {
    case 'at-most':
    case 'less-than':
      return [-Infinity, written ? v + 1 : v];
    case 'at-least':
    case 'more-than':
    case 'up-to':
      return [v, Infinity];
    case 'about':
    case 'estimated':
    case 'nearly':
      return [v - 2, v + 2];
    default:
      return written ? [v, v + 1] : [v - 1, v];
  }
}

/** A `since` figure as a card writes it: "since 1994", "since 1994 or 1995", "since 1994 or earlier". */
export function formatSince(figure: Pick<Figure, 'value' | 'qualifier'>): string {
  const year = Math.floor(figure.value);
  const [lo, hi] = sinceInterval(figure);
  if (lo === -Infinity) return `since ${year} or earlier`;
  if (hi === Infinity) return `since ${year} or later`;
  if (hi - lo > 1) return `since about ${year}`;
  // A written year, or the year or two a reckoned start falls in.
  return Number.isInteger(figure.value) || Math.floor(lo) === year ? `since ${year}` : `since ${Math.floor(lo)} or ${year}`;
}
