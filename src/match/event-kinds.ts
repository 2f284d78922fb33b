import { termOf } from '../text/terms';

/**
 * Kinds of event a count can be of. A sentence and a claim that each name a
 * kind, and no kind in common, are about different events: 1,500 people at
 * a funeral are not the 40,000 at a rally, however alike the words around
 * the figures. Word forms are listed, not stems: the stemmer gives "games"
 * and "game" different terms.
 */
const KINDS = [
  'rally rallies rallied protest protests protested protester protesters demonstration demonstrations demonstrator demonstrators riot riots',
  'funeral funerals burial burials memorial memorials vigil vigils mourners commemoration commemorations',
  'concert concerts festival festivals',
  'match matches game games tournament tournaments championship championships',
  'parade parades',
  'election elections referendum referendums ballot ballots vote votes voting',
  'strike strikes walkout walkouts',
  'summit summits conference conferences talks meeting meetings',
  'war wars conflict conflicts invasion invasions battle battles shelling',
  'earthquake earthquakes flood floods hurricane hurricanes crash crashes explosion explosions pandemic epidemic',
];

/** Term → a bit per kind it names. */
const KIND_OF_TERM = new Map<string, number>();
KINDS.forEach((words, kind) => {
  for (const word of words.split(' ')) {
    const term = termOf(word);
    if (term !== null) KIND_OF_TERM.set(term, (KIND_OF_TERM.get(term) ?? 0) | (1 << kind));
  }
});

/** The kinds of event a term names, as bits; 0 for none. */
export function eventKinds(term: string): number {
  return KIND_OF_TERM.get(term) ?? 0;
}

/** Every term that names a kind of event. */
export function eventTerms(): IterableIterator<string> {
  return KIND_OF_TERM.keys();
}

/** Whether two sets of kinds, as bits, say the events differ: each names one, and none is in both. */
export function differentEvents(a: number, b: number): boolean {
  return a !== 0 && b !== 0 && (a & b) === 0;
}
