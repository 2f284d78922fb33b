import type { NameHit } from '../shared/hits';
import { TO_VERB, VERB } from './speech-verbs';

/*
 * Whether a person (or a country) a sentence names is its subject: named
 * first, after at most an opening phrase ("On Friday,") and a few words of
 * title ("Russian President"), and not as a possessor ("Putin's spokesman"),
 * after a preposition ("A spokesman for Putin", "In neighbouring Belarus") or
 * inside a quotation that opens the sentence ("“Honestly, Italy is paying …,”
 * said X"). Read from the words around the name only: a cheap stand-in for
 * parsing, wrong rather by missing a subject than by finding a false one.
 */

const BEFORE_SUBJECT = /^(?:[^,.;:"“”«»„]{0,30},\s*)?(?:[\p{L}.-]+\s+){0,4}$/u;
/** Words between the opening phrase and a name that make it part of something else: "A spokesman for Putin", "In neighbouring Belarus". */
const NOT_SUBJECT = /\b(?:for|of|to|with|by|from|about|against|and|or|said|says|told|met|than|in|on|at|into|across|near|over|after|before|during|like)\s+(?:[\p{L}.-]+\s+)*$/iu;
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;
/** The longest opening phrase (30 characters and a comma) and title (four words) before a subject. */
const MAX_LEAD = 100;
/** A subject that speaks: "Navalny said …", "Navalny, the opposition leader, has claimed …". */
const SPEAKS = new RegExp(`^${TO_VERB}${VERB}`, 'iu');

/** Whether `person` (a name hit of any kind), named in the sentence that starts at `sentenceStart`, is its subject. */
export function isSubject(text: string, sentenceStart: number, person: NameHit): boolean {
  // An opening phrase and a title are short: a name further in is no subject, and its long lead is not scanned.
  if (person.start - sentenceStart > MAX_LEAD) return false;
  const lead = text.slice(sentenceStart, person.start);
  return BEFORE_SUBJECT.test(lead) && !NOT_SUBJECT.test(lead.slice(lead.lastIndexOf(',') + 1)) && !POSSESSIVE.test(text.slice(person.end, person.end + 3));
}

/** Whether the subject `person` speaks: what follows is what they said, not what they did. */
export function speaks(text: string, person: NameHit): boolean {
  return SPEAKS.test(text.slice(person.end, person.end + 120));
}
