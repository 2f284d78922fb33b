// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightBlock } from '../../../src/page/highlighter';
import { pageHtml } from '../../../src/page/page-html';
import type { Hit } from '../../../src/shared/hits';

const name = (start: number, end: number): Hit => ({
  kind: 'name', start, end, entityId: 'ent:alexander-lukashenko', entityType: 'person', alias: 'Lukashenko', matchType: 'exact',
});
const claim = (start: number, end: number): Hit => ({
  kind: 'claim', start, end, claimId: 'doc:a#c1', verdict: 'contradicted', pageFigure: '$3 billion', corpusFigure: '$1.5 billion', score: 0.9, reason: 'x',
});

describe('pageHtml', () => {
  it('gives the page’s markup without Factmark’s highlights or UI, and leaves the page as it is', () => {
    const body = '<article><p id="p">Putin promised <i>Lukashenko</i> a $3 billion loan.</p></article>';
    document.body.innerHTML = body;
    const pristine = document.documentElement.outerHTML;
    highlightBlock(document.getElementById('p')!, [claim(0, 42), name(15, 25)]);
    const ui = document.createElement('factmark-ui');
    ui.attachShadow({ mode: 'open' }).innerHTML = '<div class="fm-card">card</div>';
    document.documentElement.append(ui);

    const html = pageHtml(document);
    expect(html).not.toContain('fm-mark');
    expect(html).not.toContain('factmark-ui');
    expect(html).toBe(pristine);
    // The page keeps its highlights and its UI.
    expect(document.querySelectorAll('fm-mark')).toHaveLength(4);
    expect(document.querySelector('factmark-ui')).not.toBeNull();
  });
});
