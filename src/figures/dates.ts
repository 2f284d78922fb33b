import { MONTH_INDEX, MONTH_NAME as MONTH } from './words';

/** A date named in text, resolved to ISO at the precision the text gives. */
export interface DateMention {
  iso: string;
  start: number;
  end: number;
  text: string;
  /** The word that introduced it ("since", "on", "last"…), lower-cased; 'background' in a leading "Founded in …," phrase; or null. */
  cue: string | null;
  /** Read relative to the publication date ("on Thursday", "last year"), not written out. */
  relative: boolean;
}

/** A day and month written out ("January 23", "Sept. 9"), year or not: `MM-DD`. */
export interface MonthDay {
  monthDay: string;
  start: number;
  end: number;
}

/**
 * What each pattern cannot match without: a month's name, a weekday's, a
 * year's digits. Far cheaper than the patterns, which try every cue at every
 * word, so a text runs only those it could match (the same dates found).
 */
const HAS_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const HAS_WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const HAS_YEAR = /(?:1[89]|20)\d\d/;

/** "January 23" and "23 January". */
const MONTH_DAY = new RegExp(`\\b(?:${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?)\\b`, 'g');

/** Days written out in a text, with or without a year: what two accounts of one event share even when a page's date is unknown. */
export function monthDays(text: string): MonthDay[] {
  const out: MonthDay[] = [];
  if (!HAS_MONTH.test(text)) return out;
  for (const m of text.matchAll(MONTH_DAY)) {
    const [, monthFirst, dayAfter, dayFirst, monthAfter] = m;
    const day = Number(dayAfter ?? dayFirst);
    if (day < 1 || day > 31) continue;
    out.push({ monthDay: `${pad(MONTH_INDEX[(monthFirst ?? monthAfter).slice(0, 3).toLowerCase()])}-${pad(day)}`, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const CUE = '(?:[Ll]ast|[Nn]ext|[Tt]his|[Ii]n|[Ss]ince|[Oo]n|[Ee]arly|[Ll]ate|[Mm]id|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]o|[Oo]f|[Ff]or|[Bb]efore|[Aa]fter|[Dd]uring)';
const MONTH_DATE = new RegExp(`\\b(?:(${CUE})\\s+(?:the\\s+(?:end|start|beginning|middle)\\s+of\\s+|mid-)?|(mid)-)?${MONTH}\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?\\b`, 'g');
/** British order: "on 10 February", "14 March 2025". */
const DAY_MONTH = new RegExp(`\\b(?:(${CUE})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+(\\d{4}))?\\b`, 'g');
const WEEKDAY = new RegExp(`\\b(?:(${CUE})\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\\b`, 'g');
const YEAR = /\b(?:([Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Ff]or|[Bb]efore|[Aa]fter|[Dd]uring)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+|early\s+|late\s+|mid-)?)?((?:1[89]|20)\d{2})\b(?![-\d]|s\b|,\d)(\s+[a-z]+s\b)?/g;
const RELATIVE_YEAR = /\b([Ll]ast|[Tt]his|[Nn]ext|the end of the|the start of the|later this|earlier this)\s+year\b/g;
const RELATIVE_MONTH = /\b([Ll]ast|[Tt]his|[Nn]ext)\s+month\b/g;
/** A sentence about what is to come: its dates lie ahead of the publication, not behind. */
const FUTURE = /\b(?:will|would|shall|won['’]t|is to|are to|is due|are due|is expected to|are expected to|plans? to|is set to|are set to|is scheduled|are scheduled|has until|have until|next|to be \w+ed)\b|['’]ll\b/i;
/** A leading participial phrase gives background, not the date of the statement: "Founded in Haarlem in 1871, Kestrel …". */
const BACKGROUND = /^\s*(?:Founded|Born|Established|Built|Created|Formed|Opened|Launched)\b[^,;]*$/;

/**
 * Dates in text: "January 23" in a document published 2021-01 → 2021-01-23;
 * "last August" or "In September" in January 2021 → the previous year's
 * month; "on Thursday" in an article of Friday 2025-03-14 → 2025-03-13, "for
 * Saturday" → 2025-03-15; "in 2014" → 2014; "last year" → the year before
 * publication. A sentence about the future resolves forward ("will publish on
 * March 3"). A bare month name needs a cue: "May" alone is a verb too.
 */
/** Anything a date could be made of: most sentences have none, and skip the patterns below. */
const MAYBE_DATE = /\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b|year\b|month\b/;

export function extractDates(text: string, referenceDate: string | null): DateMention[] {
  if (!MAYBE_DATE.test(text)) return [];
  const [refYear, refMonth, refDay] = (referenceDate ?? '').split('-').map(Number);
  // The tense of what leads up to a date: "will publish … on March 3" looks ahead.
  const future = (at: number) => FUTURE.test(text.slice(Math.max(0, at - 120), at));
  const out: DateMention[] = [];
  const push = (iso: string, start: number, end: number, cue: string | undefined, relative = false) => {
    if (out.some((d) => d.start < end && start < d.end)) return;
    const background = BACKGROUND.test(text.slice(0, start));
    out.push({ iso, start, end, text: text.slice(start, end), cue: background ? 'background' : (cue?.toLowerCase() ?? null), relative });
  };

  const months = HAS_MONTH.test(text);
  // Day first, before month first: in "23 January 2021" the month and year alone are not the date.
  for (const m of months ? text.matchAll(DAY_MONTH) : []) {
    const [whole, cue, day, monthName, year] = m;
    const month = MONTH_INDEX[monthName.slice(0, 3).toLowerCase()];
    let y = year ? Number(year) : refYear;
    if (!y || Number(day) < 1 || Number(day) > 31) continue;
    if (!year && refMonth && month > refMonth && !future(m.index)) y -= 1;
    if (!year && refMonth && month < refMonth && future(m.index)) y += 1;
    push(`${y}-${pad(month)}-${pad(Number(day))}`, m.index + (cue ? whole.indexOf(day) : 0), m.index + whole.length, cue);
  }

  for (const m of months ? text.matchAll(MONTH_DATE) : []) {
    const [whole, leading, mid, monthName, day, year] = m;
    const cue = leading ?? mid;
    if (!day && !year && !cue) continue;
    const month = MONTH_INDEX[monthName.slice(0, 3).toLowerCase()];
    let y = year ? Number(year) : refYear;
    if (!y) continue;
    // Without a year, a month after publication is last year's — unless the sentence looks ahead.
    if (!year && refMonth && month > refMonth && !future(m.index + whole.indexOf(monthName)) && cue?.toLowerCase() !== 'next') y -= 1;
    // Looking ahead, a month before the publication's is next year's ("would open a hub by January", written in October).
    if (!year && refMonth && month < refMonth && (cue?.toLowerCase() === 'next' || future(m.index + whole.indexOf(monthName)))) y += 1;
    const iso = [String(y), pad(month), day ? pad(Number(day)) : null].filter(Boolean).join('-');
    const start = m.index + (cue ? whole.indexOf(monthName) : 0);
    push(iso, start, m.index + whole.length, cue);
  }

  if (refYear && refMonth && refDay && HAS_WEEKDAY.test(text)) {
    const reference = Date.UTC(refYear, refMonth - 1, refDay);
    const refWeekday = new Date(reference).getUTCDay();
    for (const m of text.matchAll(WEEKDAY)) {
      const [whole, cue, name] = m;
      const weekday = WEEKDAY_INDEX[name.slice(0, 3).toLowerCase()];
      const at = m.index + (cue ? whole.indexOf(name) : 0);
      const ahead = cue ? /^(?:next|for|until|by)$/i.test(cue) || (future(at) && !/^last$/i.test(cue)) : future(at);
      let delta = (weekday - refWeekday + 7) % 7; // days forward to the next such day (0: today)
      if (!ahead) delta = delta === 0 ? 0 : delta - 7; // the most recent such day, today included
      else if (delta === 0 && /^next$/i.test(cue ?? '')) delta = 7;
      if (/^last$/i.test(cue ?? '') && delta === 0) delta = -7;
      const day = new Date(reference + delta * 86_400_000);
      push(`${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`, m.index + (cue ? whole.indexOf(name) : 0), m.index + whole.length, cue, true);
    }
  }

  if (refYear && (text.includes('year') || text.includes('month'))) {
    for (const m of text.matchAll(RELATIVE_YEAR)) {
      const offset = /^last$/i.test(m[1]) ? -1 : /^next$/i.test(m[1]) ? 1 : 0;
      push(String(refYear + offset), m.index, m.index + m[0].length, m[1], true);
    }
    if (refMonth) {
      for (const m of text.matchAll(RELATIVE_MONTH)) {
        const offset = /^last$/i.test(m[1]) ? -1 : /^next$/i.test(m[1]) ? 1 : 0;
        const date = new Date(Date.UTC(refYear, refMonth - 1 + offset, 1));
        push(`${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`, m.index, m.index + m[0].length, m[1], true);
      }
    }
  }

  for (const m of HAS_YEAR.test(text) ? text.matchAll(YEAR) : []) {
    const [whole, cue, year, pluralAfter] = m;
    // A figure's digits ("$2024"), a time ("20:15") or a count ("2000 protesters") is not a year.
    if (/[$€£₽:.]$/.test(text.slice(Math.max(0, m.index - 1), m.index)) || (pluralAfter && !cue)) continue;
    push(year, m.index + whole.indexOf(year), m.index + whole.indexOf(year) + year.length, cue);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What comes before the date of a speech act ("said on Thursday", "speaking to reporters … on Thursday evening"): it dates the speaking, not what was said. */
export const SPEECH_DATE = /\b(?:said|says|told|added|explained|noted|speaking|spoke|announced|stated|wrote)\b[^.;:“”"]{0,60}$/i;

/** The date a statement is about: its first date that is not a baseline ("the highest since 1992"). */
export function dateOfStatement(dates: DateMention[]): string | null {
  return (dates.find((d) => d.cue !== 'since' && d.cue !== 'background') ?? null)?.iso ?? null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date as a reader writes it: "January 17, 2021", "September 2020", "2014". Anything else as it is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return match[3] ? `${month} ${Number(match[3])}, ${match[1]}` : `${month} ${match[1]}`;
}
