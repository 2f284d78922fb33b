import type { Figure, Qualifier } from '../shared/records';
import { bornInterval } from '../figures/born';
import { sinceInterval } from '../figures/since';
import { STOPWORDS, stem } from '../text/stem';

/**
 * The range of true values a figure allows, given its qualifier. "About"
 * and "estimated" allow half the figure's last written digit ("about 13,000":
 * 12,500 to 13,500), at least 5% and at most 10% either side; "nearly" one
 * of that digit below ("nearly 15,000": from 14,000), at least 5%, at most
 * 10%. "More than" is anything at or above (writers round down: "more than
 * 3,700" for 3,711).
 */
export function interval(figure: Pick<Figure, 'value' | 'qualifier'>): [number, number] {
  const v = figure.value;
  const m = Math.abs(v);
  switch (figure.qualifier) {
    case 'exact':
      return [v, v];
    case 'more-than':
    case 'at-least':
      return [v, Infinity];
    case 'less-than':
    case 'at-most':
    case 'up-to':
      return [-Infinity, v];
    case 'about':
    case 'estimated': {
      const half = clamp(lastDigit(m) / 2, 0.05 * m, 0.1 * m);
      return [v - half, v + half];
    }
    case 'nearly':
      return [v - clamp(lastDigit(m), 0.05 * m, 0.1 * m), v];
    case 'order-of':
      // Short of the next order, print's rounding slack included: "tens of thousands" is no 100,000, "thousands" no 40,000;
      // "dozens" is short of a hundred (past it, writers say "more than 100").
      return [v, v === DOZENS ? 99 : 9.9 * v];
  }
}

/** "Dozens" as a vague count's value (see figures/extract). */
const DOZENS = 24;

/** The place of a whole number's last non-zero digit: 13,000 → 1,000; 0 for a fraction. */
function lastDigit(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let place = 1;
  while (value % (place * 10) === 0) place *= 10;
  return place;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Whether two figures can describe the same quantity. */
export function compatible(a: Figure, b: Figure): boolean {
  if (a.unit === 'born' || b.unit === 'born') {
    const [aFrom, aTo] = bornInterval(a);
    const [bFrom, bTo] = bornInterval(b);
    // The birthday must fall in the months both allow, and a few weeks are too few to believe:
    // "Lukashenko, 67," a month after the source's "66-year-old" is a year older than he is.
    return a.unit === b.unit && Math.min(aTo, bTo) - Math.max(aFrom, bFrom) >= BORN_OVERLAP;
  }
  if (a.unit === 'since' || b.unit === 'since') {
    const [aFrom, aTo] = sinceInterval(a);
    const [bFrom, bTo] = sinceInterval(b);
    return a.unit === b.unit && aFrom <= bTo && bFrom <= aTo;
  }
  // Durations in days, whatever unit each is written in: a "month-long" standoff is not a year-long one.
  const [aScale, bScale] = a.unit === b.unit ? [1, 1] : [DAYS[a.unit] ?? 1, DAYS[b.unit] ?? 1];
  const [aLo, aHi] = interval(a).map((v) => v * aScale);
  const [bLo, bHi] = interval(b).map((v) => v * bScale);
  const slack = Math.max(Math.abs(a.value * aScale), Math.abs(b.value * bScale)) * 0.005; // rounding in print
  return aLo <= bHi + slack && bLo <= aHi + slack;
}

/**
 * Whether an open figure ("more than 400") and another are too far apart to
 * be one count, though they agree: writers round to a figure near the true
 * one, so "more than 400" is no report of 3,711, and 3,711 no source for it.
 */
export function farApart(a: Figure, b: Figure): boolean {
  if (a.unit === 'since' || a.unit === 'born' || !(open(a) || open(b))) return false;
  const [x, y] = [Math.abs(a.value * (DAYS[a.unit] ?? 1)), Math.abs(b.value * (DAYS[b.unit] ?? 1))];
  // "Thousands" says less than "more than 2,000" does: tens of thousands are thousands too.
  return Math.min(x, y) * (vague(a) || vague(b) ? FAR_VAGUE : FAR) < Math.max(x, y);
}

/** Years of birth agree where the months both allow are at least two. */
const BORN_OVERLAP = 2 / 12;

/** Open figures more than this many times apart are not one count. */
const FAR = 2;
/** For a vague count ("thousands", "tens of thousands"), an order of magnitude. */
const FAR_VAGUE = 10;

/** A count written without a number: "thousands", "tens of thousands". */
export function vague(figure: Pick<Figure, 'qualifier'>): boolean {
  return figure.qualifier === 'order-of';
}

function open(figure: Figure): boolean {
  const [lo, hi] = interval(figure);
  return lo === -Infinity || hi === Infinity;
}

/** Days in each unit of duration. */
const DAYS: Record<string, number> = { years: 365.25, months: 30.44, weeks: 7, days: 1, hours: 1 / 24 };

/** Whether two figures measure the same thing: same unit, and what they count does not differ. */
export function comparable(a: Figure, b: Figure): boolean {
  if ((a.unit !== b.unit && !(a.unit in DAYS && b.unit in DAYS)) || a.unit === 'year') return false;
  // When something began is read only with what began ("in power since 1994"): the state must be the same.
  if (a.unit === 'since') return a.counted !== null && a.counted === b.counted;
  // Durations in two units ("two hours", "a month-long standoff") are compared only when they say what lasted, and it is one thing.
  const units = a.unit !== b.unit;
  // A vague count that does not say what it counts is of people ("took to the streets in the tens of thousands"), not of places.
  if ((vague(a) && !a.counted && b.counted && countsThings(countedWords(b.counted))) || (vague(b) && !b.counted && a.counted && countsThings(countedWords(a.counted)))) return false;
  if (!a.counted || !b.counted) return !units;
  const [wa, wb] = [countedWords(a.counted), countedWords(b.counted)];
  if (units) return [...wa].some((w) => wb.has(w)) || sameEvent(wa, wb);
  // "People" says little of what is counted, but it is never cities or seats: "4,000 people" is not "more than 100 cities".
  if ((PEOPLE.test(a.counted) && countsThings(wb)) || (PEOPLE.test(b.counted) && countsThings(wa))) return false;
  // A crowd of its own kind is counted only as that kind: "2,000 fans rallied" is no count of a protest's crowd.
  if (otherCrowd(wa, wb) || otherCrowd(wb, wa)) return false;
  // What happened to them decides, where both say it: "3,700 protesters detained" are not "40,000 attending", though protesters attend.
  const [ea, eb] = [eventOf(a.counted), eventOf(b.counted)];
  if (ea && eb && ea !== eb) return false;
  if (otherDoing(wa, wb)) return false;
  return [...wa].some((w) => wb.has(w)) || a.counted === b.counted || wa.size === 0 || wb.size === 0 || sameEvent(wa, wb);
}

/** Stems of words for who was counted, not what they did: "Belarusians", "Europeans", "Chinese". */
const WHO_STEM = /(?:ian|ean|ican|ese)$/;

/**
 * Whether two counted phrases say what their people did, and it differs,
 * whoever they are: "thousands of Belarusians fled" are no count of the
 * "tens of thousands of Belarusians" who "believe" the election was rigged.
 */
function otherDoing(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const doneA = [...a].filter((w) => !WHO_STEM.test(w));
  const doneB = [...b].filter((w) => !WHO_STEM.test(w));
  return doneA.length > 0 && doneB.length > 0 && !doneA.some((w) => b.has(w)) && !sameEvent(new Set(doneA), new Set(doneB));
}

/** Whether two figures both say what they count, and it is the same: "people detained" and "detained thousands of people". */
export function countsSame(a: Figure, b: Figure): boolean {
  if (!a.counted || !b.counted) return false;
  const [ea, eb] = [eventOf(a.counted), eventOf(b.counted)];
  if (ea && eb) return ea === eb;
  const [wa, wb] = [countedWords(a.counted), countedWords(b.counted)];
  return !otherDoing(wa, wb) && ([...wa].some((w) => wb.has(w)) || sameEvent(wa, wb));
}

const PEOPLE = /\b(?:people|persons?)\b/;

/** Places and things news counts, as stems: what a count of people is not. */
const THINGS = new Set(
  `city town village region country state district province building home house flat apartment school hospital company business
  firm factory job seat vote vehicle car bus truck tank aircraft plane drone missile shell rocket tonne ton barrel dose bed`
    .split(/\s+/)
    .map(stem),
);

/** Crowds that gather for something else than a protest, as stems: fans, spectators, runners, pilgrims. */
const CROWDS = new Set(
  `fan fans spectator spectators runner runners tourist tourists visitor visitors pilgrim pilgrims worshipper worshippers shopper shoppers
  passenger passengers viewer viewers athlete athletes player players guest guests holidaymaker holidaymakers concertgoer concertgoers`
    .split(/\s+/)
    .map(stem),
);

/** Whether `a` counts a crowd of a kind `b` does not. */
function otherCrowd(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const word of a) if (CROWDS.has(word) && !b.has(word)) return true;
  return false;
}

function countsThings(words: ReadonlySet<string>): boolean {
  for (const word of words) if (THINGS.has(word)) return true;
  return false;
}

/** Whether a figure says what it measures: a unit of its own (money, an age, a share), or a count of something more than "people". */
export function saysWhat(figure: Figure): boolean {
  return figure.unit !== 'count' || (figure.counted !== null && countedWords(figure.counted).size > 0);
}

/** What a figure counts, as stems with synonyms folded; a page compares the same few phrases again and again. */
const countedCache = new Map<string, Set<string>>();

function countedWords(counted: string): Set<string> {
  let words = countedCache.get(counted);
  if (!words) {
    // The unit's own word says nothing of what is counted: "years in power" and "years in prison" share only "years".
    words = new Set(counted.split(' ').filter((w) => !STOPWORDS.has(w) && !UNIT_WORDS.has(w)).map((w) => SYNONYMS.get(stem(w)) ?? stem(w)));
    if (countedCache.size > 50_000) countedCache.clear();
    countedCache.set(counted, words);
  }
  return words;
}

const UNIT_WORDS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'decade', 'decades']);

/** Words news writers use for one event, folded to one: each group keyed by its words' stems, as counted phrases are read. */
const SYNONYMS = new Map<string, string>(
  Object.entries({
    rule: 'rule ruled ruling rules reign reigned reigning govern governed governing power lead led leading office',
    detain: 'detain detained detention detentions arrest arrested arrests jail jailed held',
    // "Claimed 14,000 lives": lives counted are lives lost.
    kill: 'kill killed killing die died dead death deaths lives',
    attend: 'attend attended attending join joined gather gathered turn turned rally rallied protest protested',
  }).flatMap(([group, words]) => words.split(' ').map((word) => [stem(word), group] as [string, string])),
);

/** The event a counted phrase ends with, as its synonym group ("people detained" → detain), or null. */
function eventOf(counted: string): string | null {
  const last = counted.slice(counted.lastIndexOf(' ') + 1);
  return SYNONYMS.get(stem(last)) ?? null;
}

/** "people attended" and "attending", "people killed" and "killed": one shares the other's verb stem. */
function sameEvent(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) for (const y of b) if (x.slice(0, 5) === y.slice(0, 5) && x.length >= 5) return true;
  return false;
}
