import { NUMBER_WORD_PATTERN } from './words';

/**
 * What a figure counts, read from the words around it — no tagger: this runs
 * on every page. The result is the noun phrase the figure counts, followed by
 * the event verb where one defines the count ("300 people were killed" →
 * "people killed", "police detained 3,711 people" → "people detained", "an
 * estimated 40,000 attending" → "attending"); a verb that only tells what the
 * counted did ("5,000 attendees came") is left out. A duration in office or in
 * prison says so ("26 years in power", "reigning for 26 years" → "years in
 * power", "jailed for seven years" → "years in prison"). Lower case; null
 * when nothing is known.
 */
export function readCounted(text: string, start: number, end: number, unit: string): string | null {
  const governing = verbBefore(text, start);
  if (DURATION_UNITS.has(unit)) {
    // "15 years ago", "ten years prior": a point in time, not how long something lasted; compared only with another such.
    const offset = TIME_OFFSET.exec(text.slice(end, end + 16))?.[1].toLowerCase();
    if (offset) return `${unit} ${offset === 'later' || offset === 'on' ? 'later' : 'ago'}`;
    const state = durationState(text, start, end);
    return state ? `${unit} ${state}` : governing;
  }
  if (unit !== 'count') return governing;
  const { noun, event } = readNounPhrase(text.slice(end));
  const verb = event ?? governing;
  return [noun, verb].filter(Boolean).join(' ') || null;
}

const DURATION_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours']);
/** "15 years ago", "ten years prior", "two years later", "two years on" (ending its clause: "two years on trial" is a duration). */
const TIME_OFFSET = /^\s+(ago|earlier|prior|later|on(?=\s*(?:[,.;:!?)]|$)))\b/i;

/**
 * Verbs that define what a count is: the people detained, the homes completed,
 * the jobs lost. Each entry is "base", "base/past participle" where it is
 * not regular, and ":other forms" that are not regular either.
 */
const EVENT_LEXICON = `detain arrest kill injure wound die/died:dead,dying jail imprison sentence convict charge release execute murder
  shoot/shot displace flee/fled evacuate deport expel/expelled:expelling rescue hospitalise hospitalize evict abduct
  kidnap/kidnapped:kidnapping disappear:missing attend join gather march protest rally vote strike/struck:striking sign hire employ
  fire cut/cut:cutting lay/laid lose/lost:losing add create shed/shed:shedding sell/sold buy/bought build/built complete deliver close
  shut/shut:shutting launch destroy damage burn reroute divert strand stick/stuck affect infect vaccinate confirm report register
  enrol/enrolled:enroll,enrolling pay/paid raise receive win/won:winning award dump deploy send/sent seize confiscate
  ban/banned:banning fine hold/held serve spend/spent`;

/** Every form of the event verbs, each with its past participle ("detaining" → "detained", "sent" → "sent"). */
const EVENT_VERBS = new Map<string, string>();
/** Forms that are verbs wherever they stand, not regular -ed or -ing ones ("dead", "missing", "lost"). */
const IRREGULAR_EVENT_FORMS = new Set<string>();
for (const entry of EVENT_LEXICON.split(/\s+/).filter(Boolean)) {
  const [head, irregular] = entry.split(':');
  const [base, pastGiven] = head.split('/');
  const e = base.endsWith('e');
  const y = /[^aeiou]y$/.test(base);
  const past = pastGiven ?? (e ? `${base}d` : y ? `${base.slice(0, -1)}ied` : `${base}ed`);
  const regular = [
    base,
    y ? `${base.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/.test(base) ? `${base}es` : `${base}s`,
    e ? `${base}d` : y ? `${base.slice(0, -1)}ied` : `${base}ed`,
    e ? `${base.slice(0, -1)}ing` : `${base}ing`,
  ];
  for (const form of regular) if (!EVENT_VERBS.has(form)) EVENT_VERBS.set(form, past);
  for (const form of [...(pastGiven ? [pastGiven] : []), ...(irregular?.split(',') ?? [])]) {
    EVENT_VERBS.set(form, /ing$/.test(form) ? past : form);
    IRREGULAR_EVENT_FORMS.add(form);
  }
}

/** Rule and office: a duration "in power". */
const POWER_AFTER = /^\s*(?:in power|in office|at the helm|as (?:president|leader|prime minister|head of state)|(?:of )?(?:rule|reign|tenure|presidency|premiership))\b/i;
const POWER_BEFORE =
  /\b(?:reign(?:s|ed|ing)?|rul(?:e|es|ed|ing)|govern(?:s|ed|ing)?|led|lead(?:s|ing)?|in power|in office|at the helm|president|leader|premier)\b(?:\s+[\p{L}'’.-]+){0,3}\s+for\s+$/iu;
/** Prison: a duration "in prison". */
const PRISON_AFTER = /^\s*(?:in (?:prison|jail|custody|detention)|behind bars|(?:prison |jail )?(?:sentence|term)\b)/i;
const PRISON_BEFORE =
  /\b(?:jail(?:s|ed)?|imprison(?:s|ed)?|sentenc(?:e|es|ed|ing)|locked up|behind bars|in (?:prison|jail|custody|detention))\b(?:\s+[\p{L}'’.-]+){0,3}\s+(?:for|to)\s+$/iu;

/** The state a "since" dates the start of: "in power since 1994", "has ruled Belarus since 1994", "jailed since 2020". */
const POWER_SINCE =
  /\b(?:reign(?:s|ed|ing)?|rul(?:e|es|ed|ing)|govern(?:s|ed|ing)?|led|lead(?:s|ing)?|in power|in office|at the helm|president|leader|premier)\b(?:\s+[\p{L}'’.-]+){0,3},?\s+since\s+$/iu;
const PRISON_SINCE =
  /\b(?:jailed|imprisoned|detained|held|locked up|behind bars|in (?:prison|jail|custody|detention))\b(?:\s+[\p{L}'’.-]+){0,3},?\s+since\s+$/iu;

/** Words of saying between a state and "since": "the president said since 2014 …" dates what was said, not the presidency. */
const SAYING = /\b(?:said|says|told|stated|claimed|warned|argued|insisted|added)\b/i;

/** "in power" or "in prison" where the text before a year ends with the state and "since"; null otherwise. */
export function stateSince(before: string): string | null {
  const power = before.match(POWER_SINCE);
  if (power && !SAYING.test(power[0])) return 'in power';
  const prison = before.match(PRISON_SINCE);
  if (prison && !SAYING.test(prison[0])) return 'in prison';
  return null;
}

function durationState(text: string, start: number, end: number): string | null {
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 60), start);
  if (POWER_AFTER.test(after) || POWER_BEFORE.test(before)) return 'in power';
  if (PRISON_AFTER.test(after) || PRISON_BEFORE.test(before)) return 'in prison';
  return null;
}

/** The event verb right before the figure, as a past participle ("detained 3,711", "reroute nine" → "rerouted"; the qualifier is already behind `start`). */
function verbBefore(text: string, start: number): string | null {
  const word = text
    .slice(Math.max(0, start - 30), start)
    .toLowerCase()
    .match(/([\p{L}]+)\s+(?:for\s+)?$/u)?.[1];
  return word ? (EVENT_VERBS.get(word) ?? null) : null;
}

/** Words that end the noun phrase after a figure: determiners, prepositions, conjunctions, pronouns, modals, auxiliaries. */
const PHRASE_END = new Set(
  `in on at to from by for with of as or but nor that which who whom whose were was are is be been being had has have having
  will would could should can may might must shall did does do after before during since ago while than the a an his her their its
  this these those our my your each every per over under outside inside across through into onto between among against within
  without around about up down out off until including despite like near toward towards beyond behind above below via amid plus
  more less fewer so such then there here when where if because although though whether not no only also just even still yet already
  them they it he she we you`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words between a counted noun and its verb: auxiliaries, relative pronouns, adverbs of time and degree. */
const VERB_GROUP = new Set('were was are is be been being had has have got get gets will would could may might who that which all now still already also reportedly'.split(' '));
const AUXILIARY = new Set('were was are is been had have has'.split(' '));
/** Common verbs in the past that do not define a count: they end the noun phrase and are left out. */
const OTHER_PAST = new Set(
  'came went took made got gave saw said told ran began left stood sat fell rose grew spoke wrote met kept brought thought felt found became heard knew showed seemed remained stayed lived'.split(' '),
);
const NUMBER_WORD = new RegExp(`^(?:${NUMBER_WORD_PATTERN}|thousand|million|billion|hundreds?|thousands|millions)$`, 'i');
/** What may stand between "of" and the counted noun in "18 of the 26 cranes", "4,200 of the union's roughly 5,000 members". */
const PARTITIVE_FILLER = /^(?:the|its|their|his|her|our|these|those|an?|about|around|roughly|some|nearly|almost|approximately|estimated|over|more|than|[\d.,]+|[\p{L}-]+['’]s?)$/u;

/** A clause between commas that names some of those counted ("3,000 people, including his wife, were detained"). */
const INCLUDING = /^([^,]*?),\s+(?:including|among them|among whom|most of them|many of them|some of them|mostly|mainly)\b[^,.;:]*,/i;

function readNounPhrase(after: string): { noun: string; event: string | null } {
  const words = after
    .replace(INCLUDING, '$1')
    .split(/,(?!\d{3})|\.(?!\d)|[;:!?()[\]"“”—–]|\s-\s/)[0]
    .replace(/^[\s-]+/, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  let i = 0;
  // "18 of the 26 cranes": the count is of what the phrase after "of" names.
  if (words[0] === 'of' && words.length > 1) {
    i = 1;
    while (i < words.length - 1 && (PARTITIVE_FILLER.test(words[i]) || NUMBER_WORD.test(words[i]))) i++;
  }
  const phrase: string[] = [];
  let event: string | null = null;
  for (; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    if (/\d/.test(word) || NUMBER_WORD.test(word)) break;
    if (word === 'and') {
      // "cities and towns", not "143 drones and four ballistic missiles".
      if (phrase.length && next && !PHRASE_END.has(next) && !NUMBER_WORD.test(next) && !/\d/.test(next) && !isVerb(next, true)) {
        phrase.push(word);
        continue;
      }
      break;
    }
    // "300 people were killed", and with no noun "at least 300 were killed".
    if (VERB_GROUP.has(word) && (phrase.length || AUXILIARY.has(word))) {
      event = eventAfter(words, i);
      break;
    }
    if (PHRASE_END.has(word)) break;
    // A participle before a noun is a modifier ("displaced people"); after one, or alone, it is the verb ("people displaced", "40,000 attending").
    const verbal = isVerb(word, phrase.length > 0) && !(phrase.length === 0 && next && !PHRASE_END.has(next) && !isVerb(next, true));
    if (verbal) {
      event = eventAfter(words, i);
      break;
    }
    if ((/ly$/.test(word) && word.length > 4) || /.wide$/.test(word)) break; // an adverb ends the phrase: "councils nearly £2.8 million", "jobs worldwide"
    phrase.push(word);
    if (phrase.length >= 3) {
      event = eventAfter(words, i + 1);
      break;
    }
  }
  while (phrase[phrase.length - 1] === 'and') phrase.pop();
  return { noun: phrase.join(' '), event };
}

/** Whether a word after (or without) a noun reads as a verb: an event verb, a past or -ing form, or a common past tense. */
function isVerb(word: string, afterNoun: boolean): boolean {
  if (EVENT_VERBS.has(word) && (afterNoun || /(?:ed|ing|en)$/.test(word) || IRREGULAR_EVENT_FORMS.has(word))) return true;
  return afterNoun && (OTHER_PAST.has(word) || (/(?:ed|ing)$/.test(word) && word.length > 4));
}

/**
 * The verb of the verb group starting at `i`, as written, where it defines
 * the count: an event verb ("were killed", "had been detained", "died"), or a
 * participle in -ing that says which ones ("ships waiting at anchor",
 * "members voting"). A verb that only tells what they did ("came",
 * "chanted", "who arrived") gives null.
 */
function eventAfter(words: string[], i: number): string | null {
  let k = i;
  while (k < words.length && (VERB_GROUP.has(words[k]) || (/ly$/.test(words[k]) && words[k].length > 4))) k++;
  const verb = words[k];
  if (!verb) return null;
  if (EVENT_VERBS.has(verb)) return verb;
  return /ing$/.test(verb) && verb.length > 5 && !/^(?:who|that|which)$/.test(words[k - 1] ?? '') ? verb : null;
}
