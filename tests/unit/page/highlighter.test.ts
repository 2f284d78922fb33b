// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightBlock, highlightsIn, removeHighlights } from '../../../src/page/highlighter';
import type { Hit } from '../../../src/shared/hits';

const name = (start: number, end: number, entityId = 'ent:alexander-lukashenko'): Hit => ({
  kind: 'name', start, end, entityId, entityType: 'person', alias: 'Lukashenko', matchType: 'exact',
});
const claim = (start: number, end: number): Hit => ({
  kind: 'claim', start, end, claimId: 'doc:a#c1', verdict: 'contradicted', pageFigure: '$3 billion', corpusFigure: '$1.5 billion', score: 0.9, reason: 'x',
});

describe('highlightBlock', () => {
  it('wraps the exact ranges with the public data-factmark contract', () => {
    document.body.innerHTML = '<p id="p">Putin promised Lukashenko a $3 billion loan.</p>';
    const p = document.getElementById('p')!;
    highlightBlock(p, [claim(0, 42), name(15, 25)]);
    const [outer, inner] = highlightsIn(document.body);
    expect(outer.getAttribute('data-factmark')).toBe('claim');
    expect(outer.getAttribute('data-factmark-verdict')).toBe('contradicted');
    expect(outer.getAttribute('data-factmark-id')).toBe('doc:a#c1');
    expect(inner.textContent).toBe('Lukashenko');
    expect(inner.getAttribute('data-factmark')).toBe('name');
    expect(inner.getAttribute('data-factmark-type')).toBe('person');
    expect(outer.contains(inner)).toBe(true);
    expect(p.textContent).toBe('Putin promised Lukashenko a $3 billion loan.');
  });

  it('wraps a hit across inline elements piece by piece', () => {
    document.body.innerHTML = '<p id="p">Alexander <b>Lukashenko</b> ruled</p>';
    highlightBlock(document.getElementById('p')!, [name(0, 20)]);
    expect(highlightsIn(document.body).map((el) => el.textContent)).toEqual(['Alexander ', 'Lukashenko']);
  });

  it('marks only the first piece of a hit as its start (where the verdict marker goes)', () => {
    document.body.innerHTML = '<p id="p">Putin promised <i>Lukashenko</i> a $3 billion loan.</p>';
    highlightBlock(document.getElementById('p')!, [claim(0, 42), name(15, 25)]);
    const marks = highlightsIn(document.body);
    expect(marks.map((el) => [el.getAttribute('data-factmark'), el.hasAttribute('data-factmark-start')])).toEqual([
      ['claim', true],
      ['claim', false],
      ['name', true],
      ['claim', false],
    ]);
  });

  it('makes highlights focusable from script but never tab stops', () => {
    document.body.innerHTML = '<p id="p">Putin promised Lukashenko a $3 billion loan.</p>';
    highlightBlock(document.getElementById('p')!, [claim(0, 42), name(15, 25)]);
    expect(highlightsIn(document.body).map((el) => el.getAttribute('tabindex'))).toEqual(['-1', '-1']);
  });
});

describe('removeHighlights', () => {
  it('restores the original DOM exactly, the page’s own text nodes included', () => {
    const html = '<p id="p">Putin promised <i>Lukashenko</i> a $3 billion loan. Lukashenko agreed.</p>';
    document.body.innerHTML = html;
    const p = document.getElementById('p')!;
    const firstNode = p.firstChild;
    highlightBlock(p, [claim(0, 42), name(15, 25), name(43, 53)]);
    // The claim spans <i>: three pieces, plus two names.
    expect(highlightsIn(document.body)).toHaveLength(5);
    removeHighlights(document.body);
    expect(document.body.innerHTML).toBe(html);
    expect(p.firstChild).toBe(firstNode);
    expect(p.childNodes).toHaveLength(3);
  });

  it('drops stale pieces when the page rewrote the text it had (framework re-render)', () => {
    document.body.innerHTML = '<p id="p">Hello Lukashenko and friends</p>';
    const p = document.getElementById('p')!;
    const original = p.firstChild as Text;
    highlightBlock(p, [name(6, 16)]);
    original.data = 'Hello Putin'; // what React does: it set the node it owns to the new full text
    removeHighlights(document.body);
    expect(p.innerHTML).toBe('Hello Putin');
    expect(p.firstChild).toBe(original);
  });
});
