import { SPEECH_DATE, type DateMention } from '../figures/dates';

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
