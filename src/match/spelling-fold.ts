import type { EntityRecord } from '../shared/records';

/**
 * The spellings of a person's or a place's name, word by word, folded to one:
 * "Lukashenka" and "Lukashenko", "Alyaksandr" and "Alexander". A quote that
 * writes the name as another outlet transliterates it is the same quote.
 * Spellings are paired from the end of the name ("Alyaksandr Lukashenka" with
 * "Alexander Lukashenko", a surname with the last word), and every spelling
 * joined by a pair folds to the same one. Read from the aliases' keys (their
 * normalised words, see aliasKeys); as flat [spelling, folded, …] pairs,
 * stored with the segment.
 */
export function spellingFold(entities: readonly EntityRecord[], keys: readonly string[][]): string[] {
  // Union–find over spellings: each points towards the one it folds to; a root points nowhere.
  const parent = new Map<string, string>();
  const root = (word: string): string => {
    let at = word;
    for (let up = parent.get(at); up !== undefined; up = parent.get(at)) at = up;
    return at;
  };
  const join = (a: string, b: string) => {
    const [x, y] = [root(a), root(b)];
    // The smaller spelling represents both: the same whatever order the pairs come in.
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  };
  entities.forEach((entity, e) => {
    if (entity.type !== 'person' && entity.type !== 'place') return;
    const canonical = entity.aliases.findIndex((alias) => alias.kind === 'canonical');
    if (canonical < 0) return;
    const name = keys[e][canonical].split(' ');
    entity.aliases.forEach((alias, a) => {
      if (a === canonical) return;
      const spelling = keys[e][a].split(' ');
      if (spelling.length !== name.length && spelling.length !== 1) return;
      for (let i = 1; i <= spelling.length; i++) {
        const [x, y] = [spelling[spelling.length - i], name[name.length - i]];
        if (x !== y && LETTERS.test(x) && LETTERS.test(y)) join(x, y);
      }
    });
  });
  const out: string[] = [];
  for (const word of [...parent.keys()].sort()) out.push(word, root(word));
  return out;
}

const LETTERS = /^\p{L}+$/u;

/** Words with their spellings folded. */
export function foldWords(words: string[], fold: ReadonlyMap<string, string>): string[] {
  return fold.size ? words.map((word) => fold.get(word) ?? word) : words;
}
