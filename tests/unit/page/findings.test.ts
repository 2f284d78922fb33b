// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFindings, revealFinding } from '../../../src/page/findings';
import { highlightBlock } from '../../../src/page/highlighter';
import type { PlacedHit } from '../../../src/page/scanner';
import type { Hit } from '../../../src/shared/hits';

const quote = (start: number, end: number, verdict: 'exact' | 'altered'): Hit => ({
  kind: 'quote', start, end, quoteId: 'doc:k#q0', verdict, pageSpeaker: null, corpusSpeaker: 'Svetlana Tikhanovskaya', diff: null, score: 0.9,
});

describe('findings', () => {
  it('lists one quote twice when the page has it exact in one place and altered in another, and reveals each', () => {
    document.body.innerHTML = '<p id="a">At no stage was it a fight.</p><p id="b">At no point was it a fight.</p>';
    const placed = new Map<Element, PlacedHit>();
    for (const [id, verdict] of [['a', 'exact'], ['b', 'altered']] as const) {
      const p = document.getElementById(id)!;
      for (const { el, hit } of highlightBlock(p, [quote(0, 26, verdict)])) placed.set(el, { hit, text: p.textContent!.slice(0, 26) });
    }
    const { findings } = collectFindings(document, (el) => placed.get(el), {}, { scanning: false, active: true });
    expect(findings.map((f) => [f.id, f.verdict, f.count])).toEqual([
      ['doc:k#q0', 'exact', 1],
      ['doc:k#q0', 'altered', 1],
    ]);
    expect(revealFinding(document, 'doc:k#q0', 'altered')).toBe(true);
    expect(document.activeElement?.closest('p')?.id).toBe('b');
    expect(revealFinding(document, 'doc:k#q0', 'exact')).toBe(true);
    expect(document.activeElement?.closest('p')?.id).toBe('a');
  });

  it('counts a quote split by its attribution once', () => {
    document.body.innerHTML = '<p id="a">“At no stage,” said Tikhanovskaya, “was it a fight against Russia.”</p>';
    const p = document.getElementById('a')!;
    const text = p.textContent!;
    const parts: Hit[] = [
      { ...quote(text.indexOf('At'), text.indexOf(',”'), 'exact') },
      { ...quote(text.indexOf('was'), text.indexOf('.”') + 1, 'exact'), continued: true } as Hit,
    ];
    const placed = new Map<Element, PlacedHit>();
    for (const { el, hit } of highlightBlock(p, parts)) placed.set(el, { hit, text: text.slice(hit.start, hit.end) });
    expect(placed.size).toBe(2);
    const { findings } = collectFindings(document, (el) => placed.get(el), {}, { scanning: false, active: true });
    expect(findings.map((f) => [f.id, f.verdict, f.count, f.text])).toEqual([['doc:k#q0', 'exact', 1, 'At no stage']]);
  });
});
