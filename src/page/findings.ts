import { hitId, type Hit } from '../shared/hits';
import type { Finding, FindingsResponse } from '../shared/messages';
import type { SourceMap } from '../shared/sources';
import { highlightsIn } from './highlighter';
import type { PlacedHit } from './scanner';

/**
 * What the page holds now, for the popup: one entry per corpus item and
 * verdict (the same quote can be exact in one place and altered in another),
 * with how often it occurs.
 */
export function collectFindings(
  doc: Document,
  hitOf: (el: Element) => PlacedHit | undefined,
  sources: SourceMap,
  status: { scanning: boolean; active: boolean },
): FindingsResponse {
  const byId = new Map<string, Finding>();
  const counted = new Set<Hit>();
  for (const el of highlightsIn(doc.body)) {
    const placed = hitOf(el);
    if (!placed || counted.has(placed.hit)) continue;
    counted.add(placed.hit);
    // The later parts of a split quote are the one quote already counted.
    if (placed.hit.kind === 'quote' && placed.hit.continued) continue;
    const id = hitId(placed.hit);
    const verdict = placed.hit.kind === 'name' ? null : placed.hit.verdict;
    const key = `${id}\u0000${verdict ?? ''}`;
    const finding = byId.get(key);
    if (finding) finding.count += 1;
    else byId.set(key, { id, kind: placed.hit.kind, text: placed.text, verdict, count: 1 });
  }
  const findings = [...byId.values()];
  const used: SourceMap = {};
  for (const { id } of findings) if (sources[id]) used[id] = sources[id];
  return { url: doc.location.href, title: doc.title, ...status, findings, sources: used };
}

/** Scrolls to the first highlight of a corpus item (of that verdict, if given) and flashes it. */
export function revealFinding(doc: Document, id: string, verdict?: string | null): boolean {
  const el = highlightsIn(doc.body).find(
    (mark) => mark.getAttribute('data-factmark-id') === id && (!verdict || mark.getAttribute('data-factmark-verdict') === verdict),
  );
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  (el as HTMLElement).focus({ preventScroll: true });
  // Two pulses of an outline (no layout change), long enough to catch the eye after the scroll.
  el.animate?.(
    [
      { outline: '3px solid rgba(37, 99, 235, 1)', outlineOffset: '2px' },
      { outline: '3px solid rgba(37, 99, 235, 0)', outlineOffset: '2px' },
    ],
    { duration: 900, iterations: 2 },
  );
  return true;
}
