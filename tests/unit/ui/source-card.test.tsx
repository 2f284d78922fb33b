// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/shared/hits';
import type { SourceContext } from '../../../src/shared/sources';
import { SourceCard } from '../../../src/ui/SourceCard';

const source = { docId: 'doc:a', title: 'A story', outlet: 'RFE/RL', author: null, published: '2021-01', url: null };
const loan = 'In September, Putin promised Lukashenka a financial injection of $1.5 billion in the form of a state loan.';

function card(hit: Hit, context: SourceContext | undefined, pageText = 'page text'): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  render(<SourceCard hit={hit} pageText={pageText} context={context} onClose={() => {}} />, document.getElementById('root')!);
  return document.querySelector('.fm-card')!;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('source card', () => {
  it('shows a claim’s source sentence once, titled as a source claim', () => {
    const hit: Hit = {
      kind: 'claim', start: 0, end: 10, claimId: 'doc:a#c1', verdict: 'contradicted', pageFigure: '$3 billion', corpusFigure: '$1.5 billion', score: 0.5,
      reason: 'Different figure: the page says $3 billion, the source says $1.5 billion.',
    };
    const context: SourceContext = {
      kind: 'claim', id: 'doc:a#c1', text: loan, figures: [], date: null,
      sentence: { sentenceId: 'doc:a#s1', text: loan, highlight: { start: 0, end: loan.length }, source },
    };
    const el = card(hit, context);
    expect(el.querySelector('.fm-title')!.textContent).toBe('Source claim');
    expect(el.getAttribute('aria-label')).toBe('Factmark: Source claim');
    expect(occurrences(el.textContent!, 'financial injection')).toBe(1);
    expect(el.querySelector('blockquote mark')!.textContent).toBe(loan);
  });

  it('shows a quote’s words once, in the source sentence, with who said them', () => {
    const words = 'At no stage was it a fight against Russia';
    const sentence = `“${words},” said Svetlana Tikhanovskaya.`;
    const hit: Hit = {
      kind: 'quote', start: 0, end: 10, quoteId: 'doc:a#q0', verdict: 'exact', pageSpeaker: null, corpusSpeaker: 'Svetlana Tikhanovskaya', diff: null, score: 1,
    };
    const context: SourceContext = {
      kind: 'quote', id: 'doc:a#q0', text: words, speaker: 'Svetlana Tikhanovskaya',
      sentence: { sentenceId: 'doc:a#s2', text: sentence, highlight: { start: 1, end: 1 + words.length }, source },
    };
    const el = card(hit, context);
    expect(el.querySelector('.fm-title')!.textContent).toBe('Source quote');
    expect(el.textContent).toContain('Said by Svetlana Tikhanovskaya');
    expect(occurrences(el.textContent!, 'fight against Russia')).toBe(1);
  });

  it('is titled by the name for a name, and by the page’s words when the source is missing', () => {
    const hit: Hit = { kind: 'name', start: 0, end: 10, entityId: 'ent:a', entityType: 'person', alias: 'Lukashenka', matchType: 'alias' } as Hit;
    const name: SourceContext = { kind: 'name', id: 'ent:a', name: 'Alexander Lukashenko', type: 'person', description: null, aliases: [], documentCount: 1, sentences: [], quotes: [] };
    expect(card(hit, name).querySelector('.fm-title')!.textContent).toBe('Alexander Lukashenko');
    const missing = card(hit, undefined, 'Lukashenka');
    expect(missing.querySelector('.fm-title')!.textContent).toBe('Lukashenka');
    expect(missing.textContent).toContain('The source for this highlight is not available.');
  });

  it('links its source only by an http(s) address: a pack’s javascript: link is shown as plain text', () => {
    const hit: Hit = { kind: 'claim', start: 0, end: 10, claimId: 'doc:a#c1', verdict: 'related', pageFigure: null, corpusFigure: null, score: 0.5, reason: 'Same subject.' };
    const context = (url: string): SourceContext => ({
      kind: 'claim', id: 'doc:a#c1', text: loan, figures: [], date: null,
      sentence: { sentenceId: 'doc:a#s1', text: loan, highlight: null, source: { ...source, url } },
    });
    const safe = card(hit, context('https://www.rferl.org/a/31072626.html'));
    expect(safe.querySelector('.fm-source a')!.getAttribute('href')).toBe('https://www.rferl.org/a/31072626.html');
    const script = card(hit, context('javascript:alert(document.cookie)'));
    expect(script.querySelector('a')).toBeNull();
    expect(script.querySelector('.fm-source')!.textContent).toContain('A story');
  });
});
