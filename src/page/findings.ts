import { hitId, type Hit } from '../shared/hits';
import type { Finding, FindingsResponse } from '../shared/messages';
import type { SourceMap } from '../shared/sources';
import { highlightsIn } from './highlighter';
import type { PlacedHit } from './scanner';

/** What the page holds now, for the popup: one entry per corpus item, with how often it occurs. */
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
    const id = hitId(placed.hit);
    const finding = byId.get(id);
    if (finding) finding.count += 1;
    else {
      byId.set(id, {
        id,
        kind: placed.hit.kind,
        text: placed.text,
        verdict: placed.hit.kind === 'name' ? null : placed.hit.verdict,
        count: 1,
      });
    }
  }
  const findings = [...byId.values()];
  const used: SourceMap = {};
  for (const { id } of findings) if (sources[id]) used[id] = sources[id];
  return { url: doc.location.href, title: doc.title, ...status, findings, sources: used };
}

/** Scrolls to the first highlight of a corpus item and flashes it. */
export function revealFinding(doc: Document, id: string): boolean {
  const el = highlightsIn(doc.body).find((mark) => mark.getAttribute('data-factmark-id') === id);
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  (el as HTMLElement).focus({ preventScroll: true });
  el.animate?.([{ outline: '3px solid #2563eb' }, { outline: '3px solid transparent' }], { duration: 1200 });
  return true;
}
