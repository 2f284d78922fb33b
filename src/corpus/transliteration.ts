import { normalize } from '../text/normalize';

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
  return normalize(word)
    .replace(/'s$/, '')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/^ali?aksandr/, 'aleksandr')
    .replace(/^aleksander$/, 'aleksandr')
    .replace(/^svia/, 'sve')
    .replace(/enka$/, 'enko')
    .replace(/skii$|ski$|skiy$/, 'ski')
    .replace(/ii$/, 'i')
    .replace(/iei$/, 'ei');
}

/** Spelling groups no single rule derives. */
const FIRST_NAMES = [
  ['Aleksei', 'Alexei', 'Alexey', 'Aleksey'],
  ['Alexander', 'Aleksandr', 'Alyaksandr', 'Aliaksandr'],
  ['Svetlana', 'Sviatlana'],
  ['Sergei', 'Sergey'],
  ['Yuri', 'Yury', 'Iurii'],
  ['Dmitry', 'Dmitri', 'Dmitriy'],
  ['Mikhail', 'Mihail'],
  ['Katsiaryna', 'Katsyaryna', 'Ekaterina', 'Yekaterina'],
];

/** Rule pairs applied to a word both ways. */
const RULES: [RegExp, string][] = [
  [/enko$/, 'enka'],
  [/enka$/, 'enko'],
  [/ny$/, 'nyy'],
  [/nyy$/, 'ny'],
  [/sky$/, 'ski'],
  [/ski$/, 'sky'],
  [/skiy$/, 'sky'],
  [/kh/, 'h'],
  [/ya/, 'ia'],
  [/ia/, 'ya'],
  [/yu/, 'iu'],
  [/iu/, 'yu'],
];

const MAX_VARIANTS = 12;

function wordVariants(word: string, first: boolean): string[] {
  const out = new Set([word]);
  if (first) {
    const group = FIRST_NAMES.find((g) => g.some((n) => n.toLowerCase() === word.toLowerCase()));
    group?.forEach((n) => out.add(n));
  }
  for (const [re, replacement] of RULES) {
    if (re.test(word)) out.add(word.replace(re, replacement));
  }
  return [...out];
}

/** Other spellings of a full person name ("Alexander Lukashenko" → "Alyaksandr Lukashenka", …), at most 12. */
export function transliterationVariants(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const firsts = wordVariants(words[0], true);
  const lasts = wordVariants(words[words.length - 1], false);
  const middle = words.slice(1, -1).join(' ');
  const out: string[] = [];
  for (const last of lasts) {
    for (const first of firsts) {
      const variant = [first, middle, last].filter(Boolean).join(' ');
      if (variant !== name && !out.includes(variant)) out.push(variant);
      if (out.length >= MAX_VARIANTS) return out;
    }
  }
  for (const last of lasts) if (last !== words[words.length - 1] && out.length < MAX_VARIANTS) out.push(last);
  return out;
}
