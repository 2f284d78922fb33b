import { normalize } from '../text/normalize';
import { TITLE_MODIFIERS, TITLES } from './names/lexicon';

/**
 * Romanisations of Slavic names differ by source (Lukashenko / Lukashenka,
 * Aleksei / Alexei / Alexey). `translitKey` folds a name word to one skeleton
 * so spellings of the same name meet; `transliterationVariants` generates the
 * common spellings of a full name, bounded, for matching pages that use them.
 */
const keys = new Map<string, string>();

export function translitKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    if (keys.size > 200_000) keys.clear();
    keys.set(word, (key = skeleton(word)));
  }
  return key;
}

function skeleton(word: string): string {
  const plain = normalize(word).replace(/'s$/, '');
  return (GROUP_OF.get(plain)?.[0].toLowerCase() ?? plain)
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/^ali?aksandr/, 'aleksandr')
    .replace(/ander$/, 'andr')
    .replace(/^svia/, 'sve')
    .replace(/enka$/, 'enko')
    .replace(/skii$|ski$|skiy$/, 'ski')
    .replace(/ii$/, 'i')
    .replace(/iei$/, 'ei');
}

/**
 * First names whose national forms differ by more than a letter rule
 * (Belarusian Alyaksandr, Sviatlana, Siarhei beside Russian Aleksandr,
 * Svetlana, Sergei): one group each, every member a spelling of the others.
 */
const FIRST_NAME_GROUPS = [
  ['Alexander', 'Aleksandr', 'Alyaksandr', 'Aliaksandr'],
  ['Svetlana', 'Sviatlana'],
  ['Sergei', 'Sergey', 'Siarhei'],
  ['Dmitry', 'Dmitri', 'Dzmitry'],
  ['Yuri', 'Yury', 'Iurii'],
  ['Ekaterina', 'Yekaterina', 'Katsiaryna'],
  ['Tatiana', 'Tatsiana'],
];
const GROUP_OF = new Map(FIRST_NAME_GROUPS.flatMap((group) => group.map((name) => [normalize(name), group] as const)));

/**
 * Letter rules, matched in any case and written back in the case they
 * replace (Khodorkovsky → Hodorkovsky, Yulia → Iulia). Several apply to one
 * word together (Tikhanovskaya → Tihanovskaia).
 */
const LETTER_RULES: [RegExp, string][] = [
  [/kh/gi, 'h'],
  [/ya/gi, 'ia'],
  [/ia/gi, 'ya'],
  [/yu/gi, 'iu'],
  [/iu/gi, 'yu'],
  [/x/gi, 'ks'],
  // Russian "екс" is written "ex" in English (Aleksei → Alexei); after other vowels "ks" stays (Alyaksandr).
  [/(?<=e)ks(?=[aeiouy])/gi, 'x'],
];

/** Endings that stand for one another (Zelensky / Zelenski / Zelenskiy, Lukashenko / Lukashenka). Longest first within a family. */
const ENDING_FAMILIES = [
  ['skiy', 'sky', 'ski'],
  ['enko', 'enka'],
  ['nyy', 'nyi', 'ny'],
  ['ey', 'ei'],
  ['oy', 'oi'],
  ['ander', 'andr'],
];

/** Spellings kept per word and per full name: enough for the common ones, few enough to match fast. */
const MAX_WORD_VARIANTS = 8;
const MAX_VARIANTS = 16;
const MAX_SURNAME_VARIANTS = 3;

interface Spelling {
  text: string;
  /** How many rules it is away from the written name: the fewer, the more common. */
  cost: number;
}

function withCase(written: string, replacement: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) return replacement.toUpperCase();
  if (written[0] !== written[0].toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Every spelling one rule away from `word`. */
function oneRuleAway(word: string): string[] {
  const out: string[] = [];
  for (const [re, replacement] of LETTER_RULES) {
    re.lastIndex = 0;
    if (re.test(word)) out.push(word.replace(re, (m) => withCase(m, replacement)));
  }
  const lower = word.toLowerCase();
  for (const family of ENDING_FAMILIES) {
    const ending = family.find((e) => lower.endsWith(e) && lower.length > e.length + 1);
    if (!ending) continue;
    const stemPart = word.slice(0, word.length - ending.length);
    const written = word.slice(word.length - ending.length);
    for (const other of family) if (other !== ending) out.push(stemPart + withCase(written, other));
    break;
  }
  return out;
}

/** Spellings of one word, the written one first, then by rules applied (combined), at most MAX_WORD_VARIANTS. */
function wordVariants(word: string, first: boolean): Spelling[] {
  const seen = new Map<string, Spelling>([[word, { text: word, cost: 0 }]]);
  // A first name with national forms has its spellings listed: letter rules would make ones no one writes ("Alyaksander").
  const group = first ? GROUP_OF.get(normalize(word)) : undefined;
  if (group) {
    for (const member of group) if (!seen.has(member)) seen.set(member, { text: member, cost: 1 });
    return [...seen.values()];
  }
  const queue: Spelling[] = [{ text: word, cost: 0 }];
  // Breadth first: every single rule before any pair of rules.
  for (let i = 0; i < queue.length && seen.size < MAX_WORD_VARIANTS; i++) {
    for (const text of oneRuleAway(queue[i].text)) {
      if (seen.has(text) || seen.size >= MAX_WORD_VARIANTS) continue;
      const spelling = { text, cost: queue[i].cost + 1 };
      seen.set(text, spelling);
      queue.push(spelling);
    }
  }
  return [...seen.values()];
}

/**
 * Other spellings of a full person name ("Alexander Lukashenko" →
 * "Alyaksandr Lukashenka", "Aleksandr Lukashenko", …, and "Lukashenka"),
 * the closest first, at most 16: full names, then the surname's own spellings.
 */
export function transliterationVariants(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const firsts = wordVariants(words[0], true);
  const lasts = wordVariants(words[words.length - 1], false);
  const middle = words.slice(1, -1).join(' ');
  const surnames = lasts.slice(1, 1 + MAX_SURNAME_VARIANTS).map((s) => s.text);
  const full: Spelling[] = [];
  for (const last of lasts) {
    for (const first of firsts) {
      if (first.cost + last.cost === 0) continue;
      full.push({ text: [first.text, middle, last.text].filter(Boolean).join(' '), cost: first.cost + last.cost });
    }
  }
  full.sort((a, b) => a.cost - b.cost); // stable: among equals, the order of generation
  const out = [...new Set(full.map((s) => s.text))].filter((v) => v !== name).slice(0, MAX_VARIANTS - surnames.length);
  for (const surname of surnames) if (!out.includes(surname)) out.push(surname);
  return out;
}

/**
 * A person's given names crossed with their surnames, where the spellings
 * come from different sources: "Svetlana Tikhanovskaya" and "Sviatlana
 * Tsikhanouskaya" give "Svetlana Tsikhanouskaya", which pages write too.
 * Full names only (first and last word, titles left out); at most 16, none
 * already known.
 */
export function crossedSpellings(fullNames: readonly string[]): string[] {
  // A title is not a given name: "President Vladimir Putin" gives Vladimir, never "President Putin".
  const split = fullNames
    .map((name) => {
      const words = name.split(' ');
      while (words.length && (TITLES.has(words[0]) || TITLE_MODIFIERS.has(words[0]))) words.shift();
      return words;
    })
    .filter((words) => words.length >= 2);
  const firsts = [...new Set(split.map((words) => words[0]))];
  const lasts = [...new Set(split.map((words) => words[words.length - 1]))];
  const known = new Set([...fullNames, ...split.map((words) => `${words[0]} ${words[words.length - 1]}`)].map(normalize));
  const out: string[] = [];
  for (const last of lasts) {
    for (const first of firsts) {
      const name = `${first} ${last}`;
      if (out.length < MAX_VARIANTS && !known.has(normalize(name))) {
        known.add(normalize(name));
        out.push(name);
      }
    }
  }
  return out;
}
