// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { excerptFromRange } from '../../../src/page/selection-excerpt';
import { toWholeWords } from '../../../src/page/word-range';

const SENTENCE = 'Analysts say the winter will be decisive for both movements.';
const page = { title: 'T', url: 'https://news.example/a' };

function select(from: number, to: number): Range {
  document.body.innerHTML = `<p>${SENTENCE}</p>`;
  const text = document.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  return range;
}

describe('a selection’s excerpt and its link', () => {
  it('quotes what was selected, and links the passage by whole words when the selection cuts one', () => {
    const excerpt = excerptFromRange(select(1, SENTENCE.length - 3), () => undefined, page);
    expect(excerpt.passage).toBe('nalysts say the winter will be decisive for both movemen');
    expect(excerpt.page).toEqual({ ...page, link: 'https://news.example/a#:~:text=Analysts%20say%20the%20winter,decisive%20for%20both%20movements' });
  });

  it.each([
    ['a word cut at both ends', SENTENCE.indexOf('he winter'), SENTENCE.indexOf('ll be'), 'the winter will'],
    ['whole words', SENTENCE.indexOf('the'), SENTENCE.indexOf(' will'), 'the winter'],
    ['a selection starting at a space', SENTENCE.indexOf(' the'), SENTENCE.indexOf(' will'), ' the winter'],
    ['punctuation at the end', SENTENCE.indexOf('both'), SENTENCE.length, 'both movements.'],
  ])('widens %s to whole words, and nothing else', (_what, from, to, words) => {
    expect(toWholeWords(select(from, to)).toString()).toBe(words);
  });
});
