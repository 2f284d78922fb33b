/*
 * Whether a sentence asks rather than states. "Did police detain 3,711 people
 * on January 23?" (a fact check's headline) says neither that they did nor
 * that they did not: the claim it asks about is related, whatever its figures.
 * A question that opens with a question word presupposes its fact ("Why did
 * police detain 3,711 people?") and is read as stating it.
 */

/** A question mark at the end: one inside quotation marks ("…?" she asked) is another's question, reported. */
const ASKS = /\?[)\]]*\s*$/;
const QUESTION_WORDS = new Set(['who', 'whom', 'whose', 'what', 'which', 'why', 'how', 'when', 'where']);
/** The first word of the question's own clause: after a label ("Fact check: Did …?") and opening quotation marks. */
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;

export function asks(sentence: string): boolean {
  if (!ASKS.test(sentence)) return false;
  const clause = sentence.slice(Math.max(sentence.lastIndexOf(':'), sentence.lastIndexOf('—')) + 1);
  const first = FIRST_WORD.exec(clause)?.[1].toLowerCase();
  return first !== undefined && !QUESTION_WORDS.has(first);
}
