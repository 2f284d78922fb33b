import { describe, expect, it } from 'vitest';
import { ChunkTokenizer, tagOpenings, tagText } from '../../../src/corpus/names/tagger';

const TEXT = [
  'Mr. Lukashenko’s envoy met Ms. Tsikhanouskaya in Białystok on Sept. 9 — “We won’t stop,” she said.',
  'The U.S.-led talks (NSO) cost $1.5bn, 3,711 people; see https://example.org/a?b=1 or mail press@example.org.',
  '\n\nGould-Davies, AT&T and RFE/RL\tcan’t say; Dr. O’Brien, Jr., arrived at 10:30 a.m. #Minsk @voice 🙂',
  'Eskişehir, Wrocław and Тихановская… “Quotes ‘inside’ quotes.”',
].join(' ');

describe('ChunkTokenizer', () => {
  it('gives the tokens tagging the whole text gives, without tags, whichever chunks it has seen before', () => {
    const expected = tagText(TEXT).map(({ pos: _pos, ...token }) => token);
    const tokenizer = new ChunkTokenizer();
    expect(tokenizer.tokenize(TEXT).map(({ pos: _pos, ...token }) => token)).toEqual(expected);
    // Again, now from its chunks alone; and a text holding some of them.
    expect(tokenizer.tokenize(TEXT).map(({ pos: _pos, ...token }) => token)).toEqual(expected);
    const later = 'Ms. Tsikhanouskaya said: “We won’t stop.”';
    expect(tokenizer.tokenize(later).map(({ pos: _pos, ...token }) => token)).toEqual(tagText(later).map(({ pos: _pos, ...token }) => token));
  });
});

describe('tagOpenings', () => {
  it('tags each opening’s first word as tagging its whole sentence does, from one call for all', () => {
    const sentences = ['Bail was set at $5,000 for each of them.', 'Meridian said it would appeal.', '“This is not over,” he said.', 'Support for Belarus grew.'];
    const openings = sentences.map((s) => s.split(' ').slice(0, 4).join(' '));
    const firstTag = (tokens: { text: string; pos: string | null }[]) => tokens.find((t) => /^\p{L}/u.test(t.text))?.pos;
    expect(tagOpenings(openings).map(firstTag)).toEqual(sentences.map((s) => firstTag(tagText(s))));
    expect(tagOpenings(openings)[1][0]).toMatchObject({ text: 'Meridian', start: 0, end: 8 });
  });
});
