import { termOf } from '../text/terms';

/*
 * Words of opposite meaning. A sentence that says "refused" where its claim
 * says "promised" tells of the same occasion, not the same fact: it is not
 * supported by the figures and dates it shares. Who refused whom is not read,
 * so the opposite words make the claim related, not contradicted ("Lukashenka
 * refused Putin's offer" would not contradict "Putin promised Lukashenka").
 * Word forms are listed, not stems (the stemmer keeps "promised" and
 * "promise" apart); nouns that are also these verbs ("the end of", "a tax
 * cut", "back in 2014") are left out.
 */
const PAIRS = [
  ['promised promises promise pledged pledges pledge offered', 'refused refuses refuse rejected rejects reject denied withdrew withdrawn rescinded'],
  ['rose risen increased grew grown climbed raised', 'fell fallen decreased dropped declined shrank shrunk reduced lowered'],
  ['biggest largest highest', 'smallest lowest fewest'],
  ['won wins win', 'lost loses lose'],
  ['supported backed', 'opposed opposes oppose'],
  ['accepted accepts accept', 'rejected rejects reject'],
  ['started began begun launched', 'ended stopped halted'],
  ['allowed allows allow permitted', 'banned bans ban forbade forbidden prohibited'],
  ['confirmed confirms confirm', 'denied denies deny'],
  ['imposed imposes impose', 'lifted lifts lift'],
  ['convicted', 'acquitted'],
];

/** One side of a pair of opposites: its terms, the other side's, and how each term is written on a card. */
export interface Opposition {
  /** The terms of the side the sentence says. */
  side: readonly string[];
  /** The terms of the other side, which a claim says instead. */
  other: readonly string[];
}

const WRITTEN = new Map<string, string>();
const SIDES: Opposition[] = PAIRS.flatMap(([a, b]) => {
  const terms = (words: string) =>
    [...new Set(words.split(' ').flatMap((word) => {
      const term = termOf(word);
      if (term !== null && !WRITTEN.has(term)) WRITTEN.set(term, word);
      return term === null ? [] : [term];
    }))];
  const [x, y] = [terms(a), terms(b)];
  return [{ side: x, other: y }, { side: y, other: x }];
});

const ALL = new Set(SIDES.flatMap(({ side }) => side));

/** The opposites a sentence's terms say one side of and not the other; terms in `unsaid` (denied: "did not refuse") are not said. */
export function oppositionsIn(terms: readonly string[], unsaid: readonly string[] = []): Opposition[] {
  // Most sentences say none: one look-up per term before any set is built.
  if (!terms.some((term) => ALL.has(term))) return [];
  const said = new Set(terms.filter((term) => !unsaid.includes(term)));
  return SIDES.filter(({ side, other }) => side.some((t) => said.has(t)) && !other.some((t) => said.has(t)));
}

/** A term of the lists as a word, for the card. */
export function writtenOf(term: string): string {
  return WRITTEN.get(term) ?? term;
}
