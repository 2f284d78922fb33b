import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word or mark of a text, as wink-nlp reads it, with its offsets in that text. */
export interface TaggedToken {
  text: string;
  start: number;
  end: number;
  /** Universal part of speech (PROPN, NOUN, VERB, ADJ, …); null when the text was only tokenised. */
  pos: string | null;
  /** Whitespace (or nothing) between the previous token and this one. */
  spaced: boolean;
}

let tokenizer: WinkMethods | null = null;
let tagger: WinkMethods | null = null;

/**
 * The tokens of a text by wink-nlp's English lite model, with their parts of
 * speech when `withTags` (its POS pipe alone: sentences come from
 * Intl.Segmenter). Tagging costs half as much again as tokenising, and the
 * name rules read few tags, so callers tag only the sentences they need.
 * The model loads once, on first use.
 */
export function tokenize(text: string, withTags = false): TaggedToken[] {
  const nlp = withTags ? (tagger ??= winkNLP(model, ['pos'])) : (tokenizer ??= winkNLP(model, []));
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const tags = withTags ? (doc.tokens().out(nlp.its.pos) as string[]) : null;
  const tokens: TaggedToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    // wink keeps each token's text as written: find it from where the last one ended.
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    tokens.push({ text: value, start: at, end: at + value.length, pos: tags?.[i] ?? null, spaced: at > cursor || i === 0 });
    cursor = at + value.length;
  });
  return tokens;
}
