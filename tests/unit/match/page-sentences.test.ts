import { describe, expect, it } from 'vitest';
import { pageSentences } from '../../../src/match/page-sentences';

const split = (text: string) => pageSentences(text).map((s) => s.text);

describe('page sentences', () => {
  it.each([
    ['He moved to the U.S. The next day he left.', ['He moved to the U.S.', 'The next day he left.']],
    ['Sales grew in Sept. They fell in October.', ['Sales grew in Sept.', 'They fell in October.']],
    ['Mr. Lukashenko spoke. Dr. Smith listened.', ['Mr. Lukashenko spoke.', 'Dr. Smith listened.']],
    ['On Sept. 9, Tikhanovskaya recorded a video. It spread fast.', ['On Sept. 9, Tikhanovskaya recorded a video.', 'It spread fast.']],
    ['Protests reached St. Petersburg and the U.S. Embassy issued a warning.', ['Protests reached St. Petersburg and the U.S. Embassy issued a warning.']],
    ['“We will win. They will lose,” she said. Police watched.', ['“We will win. They will lose,” she said.', 'Police watched.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives offsets into the block', () => {
    const text = '  First one.  Second one. ';
    expect(pageSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });
});
