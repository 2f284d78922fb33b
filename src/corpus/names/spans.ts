import type { SentenceSpan } from '../sentences';
import { CONNECTORS, DEMONYM, EVENT_WORDS, FUNCTION_WORDS, MONTHS_AND_DAYS, ORGANIZATION_WORDS, PLACE_WORDS, POSTNOMINALS, TITLE_MODIFIERS, TITLES } from './lexicon';
import type { TaggedToken } from './tagger';

/** A word as the name rules read it: tagged tokens joined where nothing separates them ("Gould-Davies", "RFE/RL"). */
interface Unit {
  text: string;
  start: number;
  end: number;
  /** Tagged a proper noun; null for tokens given untagged (only a sentence's first word's tag is read). */
  proper: boolean | null;
  /** Followed by a possessive ('s or ’s): the name ends here. */
  possessive: boolean;
  /** Ends with a plural possessive apostrophe ("Workers’"): still inside an organisation's name. */
  pluralPossessive: boolean;
}

/** A run of capitalised words that may be a name, with what the rules need of its surroundings. */
export interface NameSpan {
  docId: string;
  /** Index of the sentence in its document. */
  sentence: number;
  start: number;
  end: number;
  words: string[];
  /** Titles stripped from the front ("Transport Minister", "President"). */
  title: string | null;
  /** Letters stripped from the end ("KC", "Jr."). */
  postnominal: string | null;
  /** Lower-case words just before the span: a role ("opposition leader") or a kind ("the developer"). */
  role: string | null;
  /** The word before the span, lower-cased ("in", "said", "developer"). */
  previous: string;
  /** The word after the span, lower-cased ("said", "party"). */
  next: string;
  /** The text right after the span, up to 120 characters: appositions, ages, attributions. */
  after: string;
  /** The text before the span in its sentence. */
  before: string;
  sentenceInitial: boolean;
  /** Right after a possessive ("Russia's Far East"). */
  afterPossessive: boolean;
  /** Followed by a possessive ("Meridian’s chief executive"): a name, even opening a sentence. */
  possessive: boolean;
  /** Names coordinated with this one ("Ukraine, Georgia and Moldova"): they share a kind. */
  list: NameSpan[] | null;
  /** Written in parentheses right after another name: its short form ("National Statistics Office (NSO)"). */
  shortFormOf: NameSpan | null;
}

export interface SpanOptions {
  /** false: proper-noun runs exactly as the tagger gives them, for measuring what the rules add. */
  rules: boolean;
  /** Whether the corpus writes this word in lower case: then a capital at a sentence start is grammar. */
  isCommonWord?(word: string): boolean;
  /**
   * For tokens given untagged: the tagged tokens of each sentence's opening
   * words, at offsets in the text, asked once per document for the sentences
   * whose first word's tag decides (a capitalised word the corpus never
   * writes in lower case: a name, or a capital of grammar?).
   */
  tagOpenings?(sentences: readonly SentenceSpan[]): TaggedToken[][];
}

const PUNCTUATION_BREAK = /^[,;:()[\]"“”«»!?—–…]$|^\.$/;

/** Candidate name spans of one document: runs of proper nouns and capitalised words, cleaned of titles, function words and adjectives of origin. */
export function findNameSpans(
  docId: string,
  text: string,
  sentences: readonly SentenceSpan[],
  tokens: readonly TaggedToken[],
  options: SpanOptions,
): NameSpan[] {
  const isCommonWord = options.isCommonWord ?? (() => false);
  const read: { index: number; sentence: SentenceSpan; units: Unit[] }[] = [];
  let t = 0;
  sentences.forEach((sentence, index) => {
    while (t < tokens.length && tokens[t].start < sentence.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t].end <= sentence.end) t++;
    if (options.rules && isHeading(sentence, text)) return;
    read.push({ index, sentence, units: toUnits(tokens.slice(from, t)) });
  });
  if (options.rules && options.tagOpenings) {
    const untagged = read.flatMap(({ sentence, units }) => {
      const first = units.find(startsWord);
      return first && first.proper === null && isCapitalised(first.text) && !isCommonWord(first.text) ? [{ sentence, first }] : [];
    });
    const tagged = options.tagOpenings(untagged.map((u) => u.sentence));
    untagged.forEach(({ first }, k) => {
      const unit = toUnits(tagged[k]).find(startsWord);
      first.proper = unit?.start === first.start && unit.end === first.end ? unit.proper : false;
    });
  }
  const spans: NameSpan[] = [];
  for (const { index, sentence, units } of read) {
    const found = options.rules ? runsWithRules(units, isCommonWord) : runsAsTagged(units);
    for (const run of found) spans.push(makeSpan(docId, index, text, sentence, run));
  }
  if (options.rules) {
    linkLists(spans, text);
    linkShortForms(spans, text);
  }
  return spans;
}

const isProper = (token: TaggedToken) => (token.pos === null ? null : token.pos === 'PROPN');

function toUnits(tokens: readonly TaggedToken[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const last = units[units.length - 1];
    const glued = last && !token.spaced;
    if (glued && /^['’]s$/i.test(token.text)) {
      last.possessive = true;
      continue;
    }
    if (glued && /^['’]$/.test(token.text) && /s$/.test(last.text)) {
      last.pluralPossessive = true;
      last.end = token.end;
      last.text += token.text;
      continue;
    }
    const owner = token.text.match(/^(.+?)['’]s$/);
    if (owner && /^\p{Lu}/u.test(token.text)) {
      // wink keeps "Putin's" as one token: the name is "Putin", and it ends here.
      units.push({ text: owner[1], start: token.start, end: token.start + owner[1].length, proper: isProper(token), possessive: true, pluralPossessive: false });
      continue;
    }
    const joiner = /^[-/&]$/.test(token.text) && glued && tokens[i + 1] && !tokens[i + 1].spaced && /^[\p{L}\p{N}]/u.test(tokens[i + 1].text);
    if (joiner) {
      const nextToken = tokens[++i];
      last.text += token.text + nextToken.text;
      last.end = nextToken.end;
      if (last.proper !== null) last.proper ||= nextToken.pos === 'PROPN';
      continue;
    }
    if (glued && /^[\p{L}\p{N}]/u.test(token.text) && /[\p{L}\p{N}.]$/u.test(last.text)) {
      last.text += token.text;
      last.end = token.end;
      continue;
    }
    units.push({ text: token.text, start: token.start, end: token.end, proper: isProper(token), possessive: false, pluralPossessive: false });
  }
  return units;
}

const startsWord = (unit: Unit) => /^[\p{L}\p{N}]/u.test(unit.text);

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && word.split(/[-/]/).every((part) => !/^\p{Ll}/u.test(part));

/** What the tagger alone calls names: runs of proper nouns. */
interface Run {
  units: Unit[];
  title: string | null;
  /** Letters after the name ("KC"). */
  postnominal: string | null;
}

function runsAsTagged(units: Unit[]): Run[] {
  const runs: Run[] = [];
  let run: Unit[] = [];
  const close = () => {
    if (run.length) runs.push({ units: run, title: null, postnominal: null });
    run = [];
  };
  for (const unit of units) {
    if (unit.proper && /^\p{L}/u.test(unit.text)) run.push(unit);
    else close();
    if (unit.possessive) close();
  }
  close();
  return runs;
}

function runsWithRules(units: Unit[], isCommonWord: (word: string) => boolean): Run[] {
  const runs: Run[] = [];
  const first = units.findIndex(startsWord);
  let i = 0;
  while (i < units.length) {
    const unit = units[i];
    if (!isCapitalised(unit.text) || PUNCTUATION_BREAK.test(unit.text)) {
      i++;
      continue;
    }
    const run = [unit];
    let j = i;
    while (!units[j].possessive && j + 1 < units.length) {
      const next = units[j + 1];
      if (isCapitalised(next.text)) {
        run.push(next);
        j++;
      } else if (CONNECTORS.has(next.text) && j + 2 < units.length && isCapitalised(units[j + 2].text)) {
        run.push(next, units[j + 2]);
        j += 2;
      } else if (next.text !== 'and' && CONNECTORS.has(next.text) && j + 3 < units.length && CONNECTORS.has(units[j + 2].text) && isCapitalised(units[j + 3].text)) {
        run.push(next, units[j + 2], units[j + 3]);
        j += 3;
      } else break;
    }
    const sentenceInitial = i === first;
    for (const part of splitAtAnd(run).flatMap(splitTitledOf)) {
      const cleaned = trimRun(part, sentenceInitial && part[0] === run[0], isCommonWord);
      if (cleaned.units.length) runs.push(cleaned);
    }
    i = j + 1;
  }
  return runs;
}

/** "Belarus and Kyrgyzstan" are two names; "Center for European and Eurasian Studies" is one. */
function splitAtAnd(run: Unit[]): Unit[][] {
  const words = run.map((u) => u.text);
  if (words.some((w) => ORGANIZATION_WORDS.has(w) || EVENT_WORDS.has(w))) return [run];
  const parts: Unit[][] = [[]];
  for (const unit of run) {
    if (unit.text === 'and' || unit.text === 'And') parts.push([]);
    else parts[parts.length - 1].push(unit);
  }
  return parts.filter((p) => p.length);
}

const isTitleWord = (word: string) => TITLES.has(word) || word.split('-').every((part) => TITLES.has(part) || TITLE_MODIFIERS.has(part));

/** "Secretary-General Amina Bensaïd of the International Federation …": a titled person and an organisation, not one name. */
function splitTitledOf(run: Unit[]): Unit[][] {
  if (!isTitleWord(run[0].text)) return [run];
  const of = run.findIndex((u, k) => k > 1 && (u.text === 'of' || u.text === 'at'));
  if (of < 0) return [run];
  const tail = run.slice(of + 1).filter((u) => !CONNECTORS.has(u.text));
  return tail.length ? [run.slice(0, of), tail] : [run];
}

/** Function words, dates, titles and adjectives of origin come off a run; what is left is the name. */
function trimRun(run: Unit[], sentenceInitial: boolean, isCommonWord: (word: string) => boolean): Run {
  let units = [...run];
  let title: string | null = null;
  const structural = (words: string[]) => words.some((w) => ORGANIZATION_WORDS.has(w) || EVENT_WORDS.has(w) || PLACE_WORDS.has(w));
  while (units.length && (FUNCTION_WORDS.has(units[0].text) || CONNECTORS.has(units[0].text) || MONTHS_AND_DAYS.has(units[0].text))) units.shift();
  while (units.length && (CONNECTORS.has(units[units.length - 1].text) || MONTHS_AND_DAYS.has(units[units.length - 1].text))) units.pop();
  if (!units.length) return { units, title, postnominal: null };
  // A capital that opens a sentence is grammar unless the word is a name ("Support for Belarus …" is not; "Meridian Terminals" is).
  if (sentenceInitial && units[0] === run[0] && (!units[0].proper || isCommonWord(units[0].text))) units.shift();
  while (units.length && CONNECTORS.has(units[0].text)) units.shift();
  // Titles and the words of a title before the name: "Russian First Deputy Interior Minister Aleksandr Gorovoi" — but not
  // in an organisation's name ("General Motors"): what follows the title decides.
  let lastTitle = -1;
  for (let k = 0; k < units.length - 1; k++) {
    if (isTitleWord(units[k].text)) lastTitle = k;
    else if (!(TITLE_MODIFIERS.has(units[k].text) || DEMONYM.test(units[k].text) || CONNECTORS.has(units[k].text))) break;
  }
  if (lastTitle >= 0 && !structural(units.slice(lastTitle + 1).map((u) => u.text))) {
    title = units
      .slice(0, lastTitle + 1)
      .filter((u) => !DEMONYM.test(u.text))
      .map((u) => u.text)
      .join(' ');
    units = units.slice(lastTitle + 1);
  }
  // Letters after a name ("KC", "Jr.") are a title too.
  const after: string[] = [];
  while (units.length > 1 && POSTNOMINALS.has(units[units.length - 1].text)) after.unshift(units.pop()!.text);
  const postnominal = after.length ? after.join(' ') : null;
  if (!structural(units.map((u) => u.text))) {
    // Adjectives of origin before a name: "the popular Belarusian Telegram channel".
    while (units.length > 1 && DEMONYM.test(units[0].text)) units.shift();
  }
  while (units.length && MONTHS_AND_DAYS.has(units[units.length - 1].text)) units.pop();
  return { units, title, postnominal };
}

function makeSpan(docId: string, index: number, text: string, sentence: SentenceSpan, { units, title, postnominal }: Run): NameSpan {
  const start = units[0].start;
  const last = units[units.length - 1];
  const end = last.pluralPossessive && !/['’]\s*\p{Lu}/u.test(text.slice(last.end, last.end + 3)) ? last.end - 1 : last.end;
  const before = text.slice(sentence.start, start);
  const after = text.slice(end, Math.min(sentence.end, end + 120)).replace(/^['’]s\b/, '');
  // The words just before the name, read from the end (this runs for every capitalised word of a corpus).
  const previousWords = before.slice(-60).split(/\s+/).filter(Boolean);
  const previous = (previousWords[previousWords.length - 1] ?? '').replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '');
  // A role in lower case right before the name ("opposition leader", "the developer"), or a hyphenated title ("then-President").
  const role: string[] = [];
  for (let k = previousWords.length - 1; k >= 0 && role.length < 3 && /^[\p{Ll}-]+$/u.test(previousWords[k]); k--) role.unshift(previousWords[k]);
  const lastWord = previousWords[previousWords.length - 1] ?? '';
  const hyphenTitle = /^\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(lastWord) && TITLES.has(lastWord.split('-')[1]) ? lastWord : null;
  const nextWord = after.match(/^[^\p{L}]*([\p{L}-]+)/u);
  return {
    docId,
    sentence: index,
    start,
    end,
    words: units.map((u) => u.text.replace(/['’]$/, '')),
    title: title ?? hyphenTitle,
    postnominal,
    role: role.length && /\s$/.test(before) ? role.join(' ') : null,
    previous: previous.toLowerCase(),
    next: nextWord?.[1].toLowerCase() ?? '',
    after,
    before,
    sentenceInitial: opensSentence(before),
    afterPossessive: /['’]s\s*$/.test(before.slice(-6)),
    possessive: last.possessive,
    list: null,
    shortFormOf: null,
  };
}

/** Only spaces, quotation marks and brackets before: the name opens its sentence. */
function opensSentence(before: string): boolean {
  for (let i = 0; i < before.length; i++) if (!/[\s"“‘'(]/.test(before[i])) return false;
  return true;
}

/**
 * A heading: a short paragraph of its own without end punctuation, or a line
 * in title case. Its capitals say nothing about names, and what it names the
 * article's sentences name again.
 */
export function isHeading(sentence: SentenceSpan, text: string): boolean {
  // A sentence that ends as sentences do is not a heading (most of a corpus leaves here).
  if (/[.!]["”’)]?$/.test(sentence.text)) return false;
  const words = sentence.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const ownParagraph = /(?:^|\n)\s*$/.test(text.slice(Math.max(0, sentence.start - 2), sentence.start)) && /^\s*(?:\n|$)/.test(text.slice(sentence.end, sentence.end + 2));
  if (ownParagraph && words.length <= 10 && !/[.!?]["”’)]?$/.test(sentence.text)) return true;
  // Title case capitalises the small words too ("Reverberate On Russian Streets"); a sentence full of names does not.
  const capitalised = words.filter((w) => /^["“'‘(]?\p{Lu}/u.test(w)).length;
  const smallWordsUp = words.slice(1).some((w) => FUNCTION_WORDS.has(w.replace(/[^\p{L}]/gu, '')));
  return words.length >= 3 && capitalised / words.length >= 0.7 && smallWordsUp;
}

/** Links single-word names separated only by commas and "and" into one list: they share a kind. */
function linkLists(spans: NameSpan[], text: string): void {
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1], spans[i]];
    if (a.sentence !== b.sentence) continue;
    if (/^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|,\s+or\s+)$/.test(text.slice(a.end, b.start))) {
      const list = a.list ?? [a];
      list.push(b);
      a.list = list;
      b.list = list;
    }
  }
}

/** "National Statistics Office (NSO)": the parenthesised capitals are the name's short form. */
function linkShortForms(spans: NameSpan[], text: string): void {
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1], spans[i]];
    // Only capitals shorten a name: "Ukraine (Eastwire) —" is a dateline's agency, not Ukraine's short form.
    if (b.words.length === 1 && /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(b.words[0]) && /^\s*\(\s*$/.test(text.slice(a.end, b.start)) && /^\s*\)/.test(text.slice(b.end, b.end + 3))) {
      b.shortFormOf = a;
    }
  }
}
