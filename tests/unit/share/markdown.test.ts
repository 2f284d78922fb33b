import { describe, expect, it } from 'vitest';
import { excerptToMarkdown } from '../../../src/share/markdown';
import type { SourceMap } from '../../../src/shared/sources';

const source = {
  docId: 'doc:rferl',
  title: 'Minsk, Moscow, And Beyond',
  outlet: 'RFE/RL',
  author: 'Tony Wesolowsky',
  published: '2021-01',
  url: 'https://www.rferl.org/a/31072626.html',
};
const sources: SourceMap = {
  'ent:alexander-lukashenko': {
    kind: 'name', id: 'ent:alexander-lukashenko', name: 'Alexander Lukashenko', type: 'person', description: null,
    aliases: ['Lukashenka'], documentCount: 2, quotes: [],
    sentences: [{ sentenceId: 's1', text: 'Lukashenka appealed to Putin.', highlight: { start: 0, end: 10 }, source }],
  },
  'doc:rferl#c3': {
    kind: 'claim', id: 'doc:rferl#c3', text: 'Police detained 3,711 people on January 23.', figures: [], date: '2021-01-23',
    sentence: { sentenceId: 's2', text: 'Police detained 3,711 people on January 23.', highlight: null, source },
  },
};

describe('excerptToMarkdown', () => {
  it('quotes the passage, cites the page, and footnotes each corpus item after its text', () => {
    const passage = 'Lukashenko watched as police detained more than 3,700 people.';
    const md = excerptToMarkdown(
      {
        passage,
        anchors: [
          { end: 10, id: 'ent:alexander-lukashenko' },
          { end: passage.length, id: 'doc:rferl#c3' },
        ],
        page: { title: 'Protests spread', url: 'https://news.example/a', link: 'https://news.example/a#:~:text=Lukashenko%20watched%20as%20police,more%20than%203%2C700%20people.' },
      },
      sources,
    );
    expect(md).toBe(
      [
        '> Lukashenko[^1] watched as police detained more than 3,700 people.[^2]',
        '>',
        // The page is linked at the passage itself.
        '> — [Protests spread](https://news.example/a#:~:text=Lukashenko%20watched%20as%20police,more%20than%203%2C700%20people.)',
        '',
        '[^1]: **Alexander Lukashenko** — “Lukashenka appealed to Putin.” — “Minsk, Moscow, And Beyond”, Tony Wesolowsky, RFE/RL, Jan. 2021. <https://www.rferl.org/a/31072626.html>',
        '[^2]: Police detained 3,711 people on January 23. — “Minsk, Moscow, And Beyond”, Tony Wesolowsky, RFE/RL, Jan. 2021. <https://www.rferl.org/a/31072626.html>',
        '',
      ].join('\n'),
    );
  });

  it('numbers a repeated item once and keeps paragraphs', () => {
    const md = excerptToMarkdown(
      {
        passage: 'Lukashenko spoke.\n\nLater, Lukashenko left.',
        anchors: [
          { end: 10, id: 'ent:alexander-lukashenko' },
          { end: 36, id: 'ent:alexander-lukashenko' },
        ],
        page: { title: 'T', url: 'https://x.example/', link: 'https://x.example/' },
      },
      sources,
    );
    expect(md).toContain('> Lukashenko[^1] spoke.\n>\n> Later, Lukashenko[^1] left.');
    expect(md.match(/^\[\^\d\]:/gm)).toHaveLength(1);
  });

  it('links a source only by an http(s) address', () => {
    const script = { ...source, url: 'javascript:alert(document.cookie)' };
    const claim = sources['doc:rferl#c3'] as Extract<SourceMap[string], { kind: 'claim' }>;
    const md = excerptToMarkdown(
      { passage: 'Police detained 3,711.', anchors: [{ end: 22, id: 'c' }], page: { title: 'T', url: 'https://x.example/', link: 'https://x.example/' } },
      { c: { ...claim, sentence: { ...claim.sentence, source: script } } },
    );
    expect(md).toContain('[^1]: Police detained 3,711 people on January 23. — “Minsk, Moscow, And Beyond”, Tony Wesolowsky, RFE/RL, Jan. 2021.\n');
    expect(md).not.toContain('javascript');
  });

  it('escapes page text so it cannot become markup', () => {
    const md = excerptToMarkdown({ passage: 'a [link](javascript:x) *b*', anchors: [], page: { title: 'T', url: 'https://x/', link: 'https://x/' } }, {});
    expect(md).toContain('> a \\[link\\](javascript:x) \\*b\\*');
  });
});
