import { SPEECH_DATE, type DateMention } from '../figures/dates';
import { MONTH_INDEX, MONTH_NAME } from '../figures/words';

/** A date a page sentence gives for what it tells, at the precision it is written, and whether its year is written or was reckoned from the page's date. */
export interface PageDate {
  iso: string;
  yearWritten: boolean;
}

/** Years apart within which a year is a writer's slip; further apart, another occasion ("annexed in 1783", not 2014). */
const YEARS_OFF = 5;

/** What introduces a month or a year that dates an event: "in 2014", "during September", "last August", "mid-2020". */
const EVENT_CUES = new Set(['in', 'on', 'during', 'of', 'early', 'late', 'mid', 'last']);

/**
 * The date a page sentence is about: its first day written out (weekdays and
 * "yesterday" aside: they are reckoned from a page date that may be a guess),
 * else its first month or year that an event cue introduces. "Since 2014",
 * "by 2024" and "the 2018 election" date no event of the sentence. A day of
 * speaking gives way to a month or year of what was said: "inflation rose to
 * 11% last January, the agency said on May 19".
 */
export function pageDateOf(dates: readonly DateMention[], text: string): PageDate | null {
  const day = dates.find((d) => d.iso.length === 10 && !d.relative);
  const coarse = dates.find((d) => d.iso.length < 10 && !d.relative && (d.cue === null ? d.iso.length === 7 : EVENT_CUES.has(d.cue)));
  const spoken = (d: DateMention) => SPEECH_DATE.test(text.slice(Math.max(0, d.start - 80), d.start));
  const chosen = day && coarse && spoken(day) && !spoken(coarse) ? coarse : (day ?? coarse);
  return chosen ? { iso: chosen.iso, yearWritten: /\d{4}/.test(chosen.text) } : null;
}

/** The outcome of comparing two dates, each cut to the precision compared, for the card. */
export interface DateComparison {
  same: boolean;
  page: string;
  corpus: string;
}

/**
 * A page's date against a claim's, at the precision both give: days, months,
 * or years. The same day or month of another year is another occasion (a
 * rally every January 23), not a wrong date: not compared. A year is compared
 * only where the page writes it, and only within a few years of the source's.
 */
export function compareDates(page: PageDate | null, corpus: string | null): DateComparison | null {
  if (!page || !corpus) return null;
  const precision = Math.min(page.iso.length, corpus.length);
  if (precision === 4 && !page.yearWritten) return null;
  const a = page.iso.slice(0, precision);
  const b = corpus.slice(0, precision);
  if (a === b) return { same: true, page: a, corpus: b };
  if (precision > 4) return a.slice(4) === b.slice(4) ? null : { same: false, page: a, corpus: b };
  return Math.abs(Number(a) - Number(b)) > YEARS_OFF ? null : { same: false, page: a, corpus: b };
}

/** A year written as a modifier: "the 2018 election", "its 2020 budget". */
const MODIFIER_YEAR = /\b(?:the|a|an|its|his|her|their|this|that)\s+((?:1[89]|20)\d\d)\b(?!,)/gi;

/**
 * The date a claim's event is compared by: its own, unless that is a year
 * the sentence only writes as a modifier ("held … in the 2018 election" is no
 * arrest in 2018). A year reckoned from context ("ten years prior") stands.
 */
export function claimEventDate(date: string | null, text: string): string | null {
  if (date === null || date.length !== 4 || !text.includes(date)) return date;
  const modifiers = [...text.matchAll(MODIFIER_YEAR)].filter((m) => m[1] === date).length;
  const written = text.split(date).length - 1;
  return modifiers === written ? null : date;
}

const MONTH_WORD = new RegExp(`\\b${MONTH_NAME}\\b`, 'g');
/** Where a clause begins or ends: punctuation (not a thousands comma), or a relative word opening another clause. */
const CLAUSE_BREAK = /[;:()–—]|,(?=\s)|[.!?]["”]?\s+(?=[A-Z"“])|\b(?:which|where|who|whom|whose|that|when)\b/g;
/** Up to two words before a date at the start of a sentence: "In 2014,", "On Sept. 9,", "Early in September,". */
const OPENING = /^\s*(?:[\p{L}.]+\s+){0,2}$/u;

/**
 * The parts of a claim its date is the date of, as offset ranges: the clause
 * around where the date is written ("shortly after Navalny returned to Russia
 * on January 17", not "where he had been treated for poisoning"); for a date
 * that opens the sentence, the sentence without its relative clauses ("In
 * 2014, …, Russia occupied Crimea … and started a war", not "that killed
 * nearly 15,000"). Null where the date is not written in it (reckoned from
 * the sentence before): all of it is dated.
 */
export function datedRanges(text: string, date: string): [number, number][] | null {
  let at = -1;
  if (date.length === 4) {
    for (let i = text.indexOf(date); i >= 0 && at < 0; i = text.indexOf(date, i + 1)) if (!/since\s+$/i.test(text.slice(Math.max(0, i - 8), i))) at = i;
  } else {
    const month = Number(date.slice(5, 7));
    for (const m of text.matchAll(MONTH_WORD)) {
      if (MONTH_INDEX[m[0].slice(0, 3).toLowerCase()] === month) {
        at = m.index;
        break;
      }
    }
  }
  if (at < 0) return null;
  // Compiling reads every dated claim: one pass over its breaks, no array of them.
  const opening = at <= 24 && OPENING.test(text.slice(0, at));
  const ranges: [number, number][] = [];
  let from = 0;
  let inRelative = false;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    const first = m[0].charCodeAt(0);
    const relative = first >= 97 && first <= 122;
    if (!opening) {
      if (m.index < at) from = m.index;
      else return [[from, m.index]];
    } else if (relative && !inRelative) {
      // Each relative clause runs to the next punctuation: "who likely was robbed of a victory at the ballot,".
      ranges.push([from, m.index]);
      inRelative = true;
    } else if (!relative && inRelative) {
      from = m.index;
      inRelative = false;
    }
  }
  if (!opening) return [[from, text.length]];
  if (!inRelative) ranges.push([from, text.length]);
  return ranges;
}
