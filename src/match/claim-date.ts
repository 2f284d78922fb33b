import { MONTH_INDEX, MONTH_NAME } from '../figures/words';

/*
 * A claim's date, as the matcher compares it (see date-compare): which date
 * dates the claim's event, and which part of the claim it dates.
 */

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
