import type { Figure, Qualifier } from '../shared/records';
import { readCounted } from './counted';
import { formatBorn } from './born';
import { formatSince } from './since';
import { MONTH_NAME, NUMBER_WORD_PATTERN, numberValue } from './words';

export { dateOfStatement, extractDates, formatDate, monthDays, SPEECH_DATE, type DateMention, type MonthDay } from './dates';

/**
 * Figures in a sentence, normalised: value in base units, unit, qualifier,
 * and what is counted. Dates ("January 23", "Sept. 9") are not figures: see
 * extractDates. `counted` is read in counted.ts: the counted noun phrase
 * and the event verb that defines it ("300 people were killed" → "people
 * killed", "detained 3,711 people" → "people detained", "40,000 attending" →
 * "attending"), a duration's state ("26 years in power"). Vague counts are
 * read for what they allow: "tens of thousands" is 10,000 to 99,000,
 * "thousands" 2,000 to 19,800.
 */

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:at or below|at or under|no more than|not more than|at most)$/, 'at-most'],
  // A part of the count is at least part of it: "detained 3,700, including 1,400 in Moscow".
  [/(?:at or above|at least|no fewer than|no less than|including|among them)$/, 'at-least'],
  [/(?:more than|over|above|in excess of|upwards of)$/, 'more-than'],
  [/(?:less than|fewer than|under|below)$/, 'less-than'],
  [/(?:up to|as much as|as many as|as high as)$/, 'up-to'],
  [/(?:about|around|roughly|some|approximately|almost about|circa)$/, 'about'],
  [/(?:nearly|almost|close to|just under)$/, 'nearly'],
  [/(?:an estimated|estimated|an approximate)$/, 'estimated'],
];

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3 };
const CURRENCY_SIGNS: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '₽': 'rub' };
/** Currencies named after the figure: "1.5 billion dollars", and joined to it, "a 1.5 billion-dollar loan". */
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^-?(?:us )?dollars?\b/, 'usd'],
  [/^-?euros?\b/, 'eur'],
  [/^-?(?:rubles?|roubles?)\b/, 'rub'],
  [/^-?pounds?(?: sterling)?\b/, 'gbp'],
];
/** Currency codes before the figure: "USD 1.5 billion". */
const CURRENCY_CODE_BEFORE = /\b(USD|EUR|GBP|RUB)\s?$/;
/** Distances, in kilometres. */
const DISTANCES: [RegExp, number][] = [
  [/^(?:km|kilometres?|kilometers?)\b/, 1],
  [/^miles?\b/, 1.609344],
];
const DURATIONS: [RegExp, string][] = [
  [/^years?\b/, 'years'],
  [/^decades?\b/, 'decades'],
  [/^months?\b/, 'months'],
  [/^weeks?\b/, 'weeks'],
  [/^days?\b/, 'days'],
  [/^hours?\b/, 'hours'],
];
/** A month name ending the text before a number: "Sept. 9" is a date, not a figure. */
const MONTH_BEFORE = new RegExp(`^${MONTH_NAME}\\.?$`, 'i');
const NUMBER = new RegExp(
  `(?:[$€£₽]\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[\u00a0\u202f\u2009]\\d{3})+|\\d+)(?:\\.\\d+)?(?:-(?:year|month|week|day|hour)(?:-old)?)?|\\b(?:${NUMBER_WORD_PATTERN})(?:-(?:year|month|week|day|hour)(?:-old)?)?\\b`,
  'gi',
);
/** "a month-long standoff", "a decade-long war": a duration of one unit. */
const LONG = /\b(year|month|week|day|hour|decade)-long\b/gi;
const COMPOUND_UNITS: Record<string, [string, number]> = { year: ['years', 1], month: ['months', 1], week: ['weeks', 1], day: ['days', 1], hour: ['hours', 1], decade: ['years', 10] };

export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const figure = readFigure(text, match.index, match[0]);
    if (figure) figures.push(figure);
  }
  for (const match of text.matchAll(LONG)) {
    if (/\d-?$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)-$/i.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    const [unit, value] = COMPOUND_UNITS[match[1].toLowerCase()];
    const end = match.index + match[0].length;
    // What lasted so long is the noun it qualifies: "the month-long standoff".
    const counted = readCounted(text, match.index, end, 'count');
    figures.push({ value, unit, qualifier: 'exact', counted, text: match[0], start: match.index, end });
  }
  // Most text has none: a plain search first, as the pattern tries every word.
  if (MAYBE_VAGUE.some((part) => text.includes(part))) for (const match of text.matchAll(VAGUE)) figures.push(vagueFigure(text, match));
  return figures.sort((a, b) => a.start - b.start);
}

/** Counts in words without a number: "tens of thousands", "hundreds", "dozens". Money, distances and times are left alone: "millions of dollars", "thousands of kilometres". */
const VAGUE = /\b(?:(tens|hundreds) of (thousands|millions)|(dozens|hundreds|thousands|millions))\b(?! of (?:(?:dollars|euros|pounds|rubles|roubles|miles|years|months|weeks|days|hours|times)\b|kilomet))/gi;
const MAYBE_VAGUE = ['ozens', 'undreds', 'ousands', 'illions', 'OZENS', 'UNDREDS', 'OUSANDS', 'ILLIONS'];
const ORDER_OF: Record<string, number> = { tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6 };
/** Where a plural alone begins: "dozens" at two dozen, "hundreds" at two hundred; it ends short of ten times that (see ORDERS). */
const PLURAL_FROM: Record<string, number> = { dozens: 24, hundreds: 200, thousands: 2000, millions: 2e6 };

function vagueFigure(text: string, match: RegExpMatchArray): Figure {
  const [whole, tens, scale, plural] = match;
  const start = match.index!;
  const end = start + whole.length;
  // An order of magnitude ("tens of thousands": 10,000 to 99,000); a plural alone, from two of its unit ("thousands": 2,000 to 19,800).
  const value = plural ? PLURAL_FROM[plural.toLowerCase()] : ORDER_OF[tens.toLowerCase()] * ORDER_OF[scale.toLowerCase()];
  return { value, unit: 'count', qualifier: 'order-of', counted: readCounted(text, start, end, 'count'), text: whole, start, end };
}

function readFigure(text: string, at: number, raw: string): Figure | null {
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(at + raw.length);
  // Times, dates, ordinals, parts of identifiers and scores are not figures.
  // So are compounds ("two-bedroom", "twenty-foot"): only durations and ages are read as figures there.
  // A number joined to the letters before it is part of a name: "the G20", "flight MH17", "an A320" (a currency sign may follow letters: "US$5").
  if (/[\d:./-]$/.test(before) || (!/^[$€£₽]/.test(raw) && /\p{L}$/u.test(before)) || (/^(?::\d|st\b|nd\b|rd\b|th\b|\/|-\d|-\p{L}|\.\d|[a-z])/iu.test(after) && !/^(?:m|bn|k|-?(?:thousand|million|billion|trillion))\b/i.test(after))) return null;
  if (MONTH_BEFORE.test(before.trim().split(/\s+/).pop() ?? '') || /^\s*,?\s*\d{4}\b/.test(after) && /^\d{1,2}$/.test(raw)) return null;

  const sign = raw.match(/^[$€£₽]/)?.[0];
  const yearForm = raw.match(/-(year|month|week|day|hour)(-old)?$/i);
  const digits = raw.replace(/^[$€£₽]\s?/, '').replace(/-(?:year|month|week|day|hour)(?:-old)?$/i, '');
  let value = numberValue(digits);
  if (!Number.isFinite(value)) return null;
  if (/^(?:one|a)$/i.test(digits) && !sign) return null; // "one of", "one day": not a figure worth checking

  let end = at + raw.length;
  let rest = after;
  // "three and a half years"
  const half = rest.match(/^\s+and a half\b/i);
  if (half && !sign) {
    value += 0.5;
    end += half[0].length;
    rest = text.slice(end);
  }
  // "$1.5 billion", "$1.5bn", "a $1.5-billion loan".
  const scale = rest.match(/^(?:\s?(thousand|million|billion|trillion|bn|m|k)|-(thousand|million|billion|trillion))\b/i);
  if (scale && !yearForm) {
    value *= SCALES[(scale[1] ?? scale[2]).toLowerCase()];
    end += scale[0].length;
    rest = text.slice(end);
  }

  const code = sign ? null : CURRENCY_CODE_BEFORE.exec(before);
  let unit = sign ? CURRENCY_SIGNS[sign] : code ? code[1].toLowerCase() : 'count';
  const lowerRest = rest.trimStart().toLowerCase();
  const gap = rest.length - rest.trimStart().length;
  if (yearForm) unit = yearForm[2] ? 'age' : `${yearForm[1].toLowerCase()}s`;
  else if (!sign && /^(?:%|percent\b|per cent\b)/.test(lowerRest)) {
    unit = 'percent';
    end += gap + (lowerRest.match(/^(?:%|percent|per cent)/)![0].length);
  } else if (!sign && !code) {
    const currency = CURRENCY_WORDS.find(([re]) => re.test(lowerRest));
    const duration = DURATIONS.find(([re]) => re.test(lowerRest));
    const distance = DISTANCES.find(([re]) => re.test(lowerRest));
    if (distance) {
      unit = 'km';
      value = Number((value * distance[1]).toFixed(3));
      end += gap + lowerRest.match(distance[0])![0].length;
    } else if (currency) {
      unit = currency[1];
      end += gap + lowerRest.match(currency[0])![0].length;
    } else if (duration) {
      unit = duration[1];
      end += gap + lowerRest.match(duration[0])![0].length;
      // "two decades" is twenty years: a time in power is compared in years.
      if (unit === 'decades') {
        unit = 'years';
        value *= 10;
      }
      if (/^\s*old\b/.test(text.slice(end))) unit = 'age';
    } else if (/^\d{4}$/.test(digits) && value >= 1000 && value <= 2100 && !/^\s+\p{Ll}+s\b/u.test(rest)) {
      unit = 'year';
    } else if (/^\d{4}s$/.test(digits + lowerRest.slice(0, 1))) {
      return null; // decades ("the 1990s") are periods, not figures
    }
  }

  if (unit === 'count' && !sign && (/\baged\s+$/i.test(before) || (/\p{Lu}[\p{L}'’-]*,\s*$/u.test(before) && /^,/.test(rest.trimStart())))) {
    unit = 'age'; // "Olmedo, 52, who …", "aged 71"
  }
  // The code is part of the figure as written: "about USD 1.5 billion".
  let { qualifier, start } = readQualifier(text, code ? at - code[0].length : at);
  // "€180 million over three years" spreads over a period; "for over 26 years" is more than.
  if (qualifier === 'more-than' && DURATION_UNITS.has(unit) && /^over\s*$/i.test(text.slice(start, at)) && !/\b(?:for|in|of|than|just|well|after|by)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) {
    qualifier = 'exact';
    start = at;
  }
  // "between 3,000 and 4,000 people": at least the one and at most the other, each written as the whole range.
  let shownEnd = end;
  if (qualifier === 'exact') {
    const low = BETWEEN_LOW.exec(before);
    const high = low ? null : BETWEEN_HIGH.exec(before);
    const upper = low ? RANGE_END.exec(text.slice(end)) : null;
    if (low && upper) {
      qualifier = 'at-least';
      start = at - low[0].length;
      shownEnd = end + upper[0].length;
    } else if (high) {
      qualifier = 'at-most';
      start = at - high[0].length;
    }
  }
  const counted = unit === 'year' ? null : readCounted(text, start, shownEnd, unit);
  return { value, unit, qualifier, counted, text: text.slice(start, shownEnd), start, end };
}

const RANGE_NUMBER = '[$€£₽]?\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?(?:[\\s-]?(?:thousand|million|billion|trillion|bn|m|k)\\b|%|\\s?per ?cent\\b)?';
/** "between " before the range's first figure, and " and 4,000" after it. */
const BETWEEN_LOW = /\bbetween\s+$/i;
const RANGE_END = new RegExp(`^\\s+and\\s+${RANGE_NUMBER}`, 'i');
/** "between 3,000 and " before the range's second figure. */
const BETWEEN_HIGH = new RegExp(`\\bbetween\\s+${RANGE_NUMBER}\\s+and\\s+$`, 'i');

const DURATION_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours']);

/** The qualifiers as whole words ending the text before a figure, compiled once. */
const QUALIFIERS_BEFORE: [RegExp, Qualifier][] = QUALIFIERS.map(([re, qualifier]) => [new RegExp(`(?:^|\\W)(${re.source.replace(/\$$/, '')})$`), qualifier]);

function readQualifier(text: string, at: number): { qualifier: Qualifier; start: number } {
  const before = text.slice(Math.max(0, at - 30), at);
  const lower = before.toLowerCase().replace(/\s+$/, '');
  for (const [re, qualifier] of QUALIFIERS_BEFORE) {
    const m = lower.match(re);
    if (m) return { qualifier, start: at - (before.length - lower.lastIndexOf(m[1])) };
  }
  return { qualifier: 'exact', start: at };
}

const UNIT_LABEL: Record<string, (v: string) => string> = {
  usd: (v) => `$${v}`,
  eur: (v) => `€${v}`,
  gbp: (v) => `£${v}`,
  rub: (v) => `${v} rubles`,
  percent: (v) => `${v}%`,
  years: (v) => (v === '1' ? '1 year' : `${v} years`),
  months: (v) => (v === '1' ? '1 month' : `${v} months`),
  weeks: (v) => (v === '1' ? '1 week' : `${v} weeks`),
  days: (v) => (v === '1' ? '1 day' : `${v} days`),
  hours: (v) => (v === '1' ? '1 hour' : `${v} hours`),
  age: (v) => `aged ${v}`,
  km: (v) => `${v} km`,
};
const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'at-most': 'at most ',
  'up-to': 'up to ',
  about: 'about ',
  nearly: 'nearly ',
  estimated: 'an estimated ',
  'order-of': '',
};

/** Orders of magnitude as written: 10,000 → "tens of thousands". */
const ORDERS: Record<number, string> = {
  24: 'dozens',
  200: 'hundreds',
  2000: 'thousands',
  1e4: 'tens of thousands',
  1e5: 'hundreds of thousands',
  2e6: 'millions',
  1e7: 'tens of millions',
  1e8: 'hundreds of millions',
};

/** A figure as a person reads it: "more than 100 cities and towns", "$1.5 billion". */
export function formatFigure(figure: Figure): string {
  if (figure.unit === 'since') return formatSince(figure);
  if (figure.unit === 'born') return formatBorn(figure);
  const words = figure.unit === 'count' && figure.qualifier === 'order-of' ? ORDERS[figure.value] : undefined;
  if (words) return figure.counted ? `${words}${/^\p{L}+(?:ing|ed)\b/u.test(figure.counted) ? ' ' : ' of '}${figure.counted}` : words;
  const value = humanNumber(figure.value, figure.unit);
  const label = (UNIT_LABEL[figure.unit] ?? ((v: string) => v))(value);
  const counted = figure.unit === 'count' && figure.counted ? ` ${figure.counted}` : '';
  return `${QUALIFIER_LABEL[figure.qualifier]}${label}${counted}`;
}

function humanNumber(value: number, unit: string): string {
  if (unit === 'year') return String(value);
  for (const [scale, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (value >= scale) return `${Number((value / scale).toFixed(2))} ${word}`;
  }
  return value.toLocaleString('en-US');
}
