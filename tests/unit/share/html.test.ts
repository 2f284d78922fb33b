// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { excerptToHtml } from '../../../src/share/html';
import type { SourceMap } from '../../../src/shared/sources';

const source = { docId: 'doc:rferl', title: 'Minsk, Moscow, And Beyond', outlet: 'RFE/RL', author: 'Tony Wesolowsky', published: '2021-01', url: 'https://www.rferl.org/a/31072626.html' };
const sources: SourceMap = {
  'ent:alexander-lukashenko': {
    kind: 'name', id: 'ent:alexander-lukashenko', name: 'Alexander Lukashenko', type: 'person', description: null, aliases: [], documentCount: 2, quotes: [],
    sentences: [{ sentenceId: 's1', text: 'Lukashenka appealed to Putin.', highlight: { start: 0, end: 10 }, source }],
  },
  'doc:rferl#c3': {
    kind: 'claim', id: 'doc:rferl#c3', text: 'Police detained 3,711 people on January 23.', figures: [], date: '2021-01-23',
    sentence: { sentenceId: 's2', text: 'Police detained 3,711 people on January 23.', highlight: null, source: { ...source, url: 'javascript:alert(1)' } },
  },
};

/** The HTML as an editor would read it. */
function parse(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('excerptToHtml', () => {
  it('quotes the passage by paragraph with numbered markers, links the passage, and lists the sources', () => {
    const passage = 'Lukashenko watched.\n\nPolice detained more than 3,700 people.';
    const root = parse(
      excerptToHtml({ passage, anchors: [{ end: 10, id: 'ent:alexander-lukashenko' }, { end: passage.length, id: 'doc:rferl#c3' }], page: { title: 'Protests spread', url: 'https://news.example/a', link: 'https://news.example/a#:~:text=Lukashenko%20watched.,more%20than%203%2C700%20people.' } }, sources),
    );
    const paragraphs = [...root.querySelectorAll('blockquote p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['Lukashenko[1] watched.', 'Police detained more than 3,700 people.[2]', '— Protests spread']);
    expect(root.querySelectorAll('blockquote sup')).toHaveLength(2);
    const page = root.querySelector('blockquote p:last-child a')!;
    expect(page.getAttribute('href')).toBe('https://news.example/a#:~:text=Lukashenko%20watched.,more%20than%203%2C700%20people.');
    const notes = [...root.querySelectorAll('ol li')];
    expect(notes.map((li) => li.textContent)).toEqual([
      'Alexander Lukashenko — “Lukashenka appealed to Putin.” — “Minsk, Moscow, And Beyond”, Tony Wesolowsky, RFE/RL, Jan. 2021. https://www.rferl.org/a/31072626.html',
      'Police detained 3,711 people on January 23. — “Minsk, Moscow, And Beyond”, Tony Wesolowsky, RFE/RL, Jan. 2021.',
    ]);
    expect(notes[0].querySelector('strong')!.textContent).toBe('Alexander Lukashenko');
    // Only http(s) addresses are links.
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.toContain('javascript:alert(1)');
  });

  it('keeps page and corpus text as text: no markup gets through', () => {
    const root = parse(excerptToHtml({ passage: '<img src=x onerror=alert(1)> & "quotes"', anchors: [], page: { title: '<b>T</b>', url: 'https://x.example/"onmouseover="x', link: 'https://x.example/"onmouseover="x' } }, {}));
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('blockquote p')!.textContent).toBe('<img src=x onerror=alert(1)> & "quotes"');
    expect(root.querySelector('a')!.getAttributeNames()).toEqual(['href']);
    expect(root.querySelector('ol')).toBeNull();
  });
});
