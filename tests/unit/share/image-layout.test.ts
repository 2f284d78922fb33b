import { describe, expect, it } from 'vitest';
import { IMAGE_WIDTH, layoutExcerptImage, MAX_WORDS, type Measure } from '../../../src/share/image-layout';
import type { SourceMap } from '../../../src/shared/sources';

const source = { docId: 'doc:rferl', title: 'Minsk, Moscow, And Beyond', outlet: 'RFE/RL', author: null, published: '2021-01', url: null };
const sources: SourceMap = {
  'ent:russia': {
    kind: 'name', id: 'ent:russia', name: 'Russia', type: 'place', description: null, aliases: [], documentCount: 1, quotes: [],
    sentences: [{ sentenceId: 's1', text: 'Protests spread across Russia.', highlight: null, source }],
  },
  'doc:rferl#c3': {
    kind: 'claim', id: 'doc:rferl#c3', text: 'Police detained 3,711 people on January 23.', figures: [], date: null,
    sentence: { sentenceId: 's2', text: 'Police detained 3,711 people on January 23.', highlight: null, source },
  },
};
/** Ten pixels a character, whatever the style. */
const measure: Measure = (text) => 10 * text.length;
const passage = 'In Russia, police detained more than 3,700 people on January 23.';
const layout = (text = passage, anchors = [{ end: 9, id: 'ent:russia' }, { end: passage.length, id: 'doc:rferl#c3' }]) =>
  layoutExcerptImage({ passage: text, anchors, page: { title: 'Protests spread', url: 'https://news.example/a', link: 'https://news.example/a' } }, sources, measure, 'Shared with Factmark');

describe('layoutExcerptImage', () => {
  it('sets a raised number right after each cited item, and the text after it without a space', () => {
    const { texts } = layout();
    const at = (text: string) => texts.find((t) => t.text === text)!;
    expect(at('Russia').style).toBe('passage');
    expect(at('1')).toMatchObject({ style: 'marker', x: at('Russia').x + measure('Russia', 'passage') + 2 });
    expect(at('1').y).toBeLessThan(at('Russia').y);
    // "," follows the marker directly.
    expect(at(',').x).toBe(at('1').x + measure('1', 'marker'));
    expect(at('2').style).toBe('marker');
  });

  it('wraps lines inside the image and lists the sources in order, then the footer', () => {
    const long = Array.from({ length: 12 }, () => passage).join(' ');
    const { texts, height, rule, bar } = layout(long, [{ end: long.length, id: 'doc:rferl#c3' }]);
    for (const t of texts) expect(t.x + measure(t.text, t.style)).toBeLessThanOrEqual(IMAGE_WIDTH - 48 + 1e-9);
    const lines = new Set(texts.filter((t) => t.style === 'passage').map((t) => t.y));
    expect(lines.size).toBeGreaterThan(5);
    expect(texts.filter((t) => t.style === 'label' && /^\d+\.$/.test(t.text)).map((t) => t.text)).toEqual(['1.']);
    expect(rule!.y).toBeGreaterThan(Math.max(...lines));
    // The bar runs beside the passage and its page line.
    expect(bar.y + bar.height).toBeGreaterThan(Math.max(...texts.filter((t) => t.style === 'page').map((t) => t.y)));
    expect(bar.y + bar.height).toBeLessThan(rule!.y);
    const footer = texts[texts.length - 1];
    expect(footer).toMatchObject({ text: 'Shared with Factmark', style: 'footer' });
    expect(height).toBeGreaterThan(footer.y);
    expect(height).toBeGreaterThan(layout().height);
  });

  it('has no sources section when nothing is cited', () => {
    const { rule, texts } = layout('Analysts say the winter will be decisive.', []);
    expect(rule).toBeNull();
    expect(texts.map((t) => t.text).join(' ')).toBe('Analysts say the winter will be decisive. — Protests spread Shared with Factmark');
  });

  it('shows the first words of a long selection, an ellipsis, and the sources of what it shows', () => {
    const sentence = 'Police detained more than 3,700 people in Russia.';
    const long = Array.from({ length: 60 }, () => sentence).join(' ');
    const tail = long.length;
    const { texts, height } = layout(long, [{ end: sentence.indexOf('Russia') + 6, id: 'ent:russia' }, { end: tail, id: 'doc:rferl#c3' }]);
    const passage = texts.filter((t) => t.style === 'passage');
    expect(passage).toHaveLength(MAX_WORDS + 1);
    expect(passage[passage.length - 1].text).toBe('…');
    // The claim's marker was at the very end, left out: its source is not listed.
    expect(texts.filter((t) => t.style === 'label' && /^\d+\.$/.test(t.text)).map((t) => t.text)).toEqual(['1.']);
    expect(height).toBeLessThan(2_000);
  });
});
