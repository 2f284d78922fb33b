import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word or mark of a text, as wink-nlp tags it, with its offsets in that text. */
export interface TaggedToken {
  text: string;
  start: number;
  end: number;
  /** Universal part of speech: PROPN, NOUN, VERB, ADJ, … */
  pos: string;
  /** Whitespace (or nothing) between the previous token and this one. */
  spaced: boolean;
}

let nlp: WinkMethods | null = null;

/**
 * Part-of-speech tags from wink-nlp's English lite model, its POS pipe alone
 * (the same tags as with sentence breaks, a quarter faster; sentences come
 * from Intl.Segmenter). The model loads once, on first use.
 */
export function tagText(text: string): TaggedToken[] {
  nlp ??= winkNLP(model, ['pos']);
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const tokens: TaggedToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    // wink keeps each token's text as written: find it from where the last one ended.
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    tokens.push({ text: value, start: at, end: at + value.length, pos: tags[i], spaced: at > cursor || i === 0 });
    cursor = at + value.length;
  });
  return tokens;
}
