// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../src/page/text-index';

function blocksOf(html: string) {
  document.body.innerHTML = html;
  return collectBlocks(document.body).map((b) => ({ tag: b.element.tagName.toLowerCase(), segments: b.segments }));
}

describe('collectBlocks', () => {
  it('gives each paragraph its own block, inline markup included', () => {
    expect(blocksOf('<p>Alexander <b>Lukashenko</b> said</p><p>Putin</p>')).toEqual([
      { tag: 'p', segments: [{ start: 0, text: 'Alexander Lukashenko said' }] },
      { tag: 'p', segments: [{ start: 0, text: 'Putin' }] },
    ]);
  });

  it('never glues text across blocks or <br>', () => {
    const blocks = blocksOf('<div>Alexander<p>inner</p>Lukashenko</div><p>one<br>two</p>');
    expect(blocks.find((b) => b.tag === 'div')!.segments).toEqual([
      { start: 0, text: 'Alexander' },
      { start: 14, text: 'Lukashenko' },
    ]);
    expect(blocks.find((b) => b.segments[0].text === 'one')!.segments).toEqual([
      { start: 0, text: 'one' },
      { start: 3, text: 'two' },
    ]);
  });

  it.each([
    ['a textarea', '<p>Putin <textarea>Lukashenko</textarea> met</p>'],
    ['an editable region', '<p>Putin <span contenteditable="true">Lukashenko</span> met</p>'],
    ['a hidden element', '<p>Putin <span hidden>Lukashenko</span> met</p>'],
    ['a button', '<p>Putin <button>Lukashenko</button> met</p>'],
    ["Factmark's own UI", '<p>Putin <factmark-ui>Lukashenko</factmark-ui> met</p>'],
  ])('skips text inside %s but keeps mark.js offsets', (_name, html) => {
    const [block] = blocksOf(html);
    expect(block.segments.map((s) => s.text)).toEqual(['Putin ', ' met']);
    expect(block.segments[1].start).toBe('Putin Lukashenko'.length);
  });

  it('leaves script text out of the offsets, as mark.js does', () => {
    const [block] = blocksOf('<p>Putin <script>var Lukashenko</script>met</p>');
    expect(block.segments).toEqual([{ start: 0, text: 'Putin met' }]);
  });

  it('skips editable documents and form fields entirely', () => {
    expect(blocksOf('<form><input value="Lukashenko"><textarea>Putin</textarea></form>')).toEqual([]);
  });
});
