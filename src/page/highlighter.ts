import Mark from 'mark.js';
import { HIGHLIGHT_TAG } from '../shared/constants';
import { hitId, type Hit } from '../shared/hits';

interface HitRange extends Mark.Range {
  hit: Hit;
}

/**
 * The text node before each mark, and its text right after wrapping. mark.js
 * wraps by splitting the page's text node N into N | mark | R; to undo, N gets
 * its text back (same node object, so frameworks holding N keep working). If
 * the page rewrote N meanwhile, the mark and R are stale and are dropped.
 */
const splits = new WeakMap<Element, { head: Text; data: string; tail: Text | null }>();

// Outer highlights first: names may then nest inside a claim or quote.
const PASSES: Hit['kind'][] = ['claim', 'quote', 'name'];

/**
 * Wraps the hits of one block (offsets in the block's mark.js string, see
 * text-index) with mark.js and tags each highlight with the public
 * data-factmark contract. A hit across inline elements gets one element per piece.
 */
export function highlightBlock(block: Element, hits: readonly Hit[]): { el: Element; hit: Hit }[] {
  const created: { el: Element; hit: Hit }[] = [];
  for (const kind of PASSES) {
    const ranges: HitRange[] = hits
      .filter((hit) => hit.kind === kind && hit.end > hit.start)
      .map((hit) => ({ start: hit.start, length: hit.end - hit.start, hit }));
    if (!ranges.length) continue;
    const started = new Set<Hit>();
    new Mark(block as HTMLElement).markRanges(ranges, {
      element: HIGHLIGHT_TAG,
      each: (el, range) => {
        const hit = (range as HitRange).hit;
        applyContract(el, hit);
        // The first piece of a hit carries its verdict marker (see highlights.css).
        if (!started.has(hit)) {
          started.add(hit);
          el.setAttribute('data-factmark-start', '');
        }
        created.push({ el, hit });
      },
    });
  }
  for (const { el } of created) {
    const head = el.previousSibling;
    const tail = el.nextSibling?.nodeType === Node.TEXT_NODE ? (el.nextSibling as Text) : null;
    if (head?.nodeType === Node.TEXT_NODE) splits.set(el, { head: head as Text, data: (head as Text).data, tail });
  }
  return created;
}

function applyContract(el: Element, hit: Hit): void {
  el.setAttribute('data-factmark', hit.kind);
  el.setAttribute('data-factmark-id', hitId(hit));
  if (hit.kind === 'name') el.setAttribute('data-factmark-type', hit.entityType);
  else el.setAttribute('data-factmark-verdict', hit.verdict);
  // Focusable for the next/previous commands and the popup's reveal, which open its card, but no tab stop:
  // a page with hundreds of highlights keeps its own keyboard order.
  el.setAttribute('tabindex', '-1');
}

/** Every Factmark highlight at or under `root`, in document order. */
export function highlightsIn(root: ParentNode): Element[] {
  return [...root.querySelectorAll(`${HIGHLIGHT_TAG}[data-factmark]`)];
}

/**
 * Removes highlights, restoring the page's text nodes. `filter` limits which
 * (e.g. only those that belong to one block). Innermost first, so nested
 * highlights unwind in the order they were made.
 */
export function removeHighlights(root: ParentNode, filter: (el: Element) => boolean = () => true): void {
  for (const el of highlightsIn(root).reverse()) {
    if (el.isConnected && filter(el)) unwrap(el);
  }
}

function unwrap(el: Element): void {
  const split = splits.get(el);
  splits.delete(el);
  if (!split) {
    // Made by an earlier content script (extension reloaded): put the text back in place.
    el.replaceWith(el.ownerDocument.createTextNode(el.textContent ?? ''));
    return;
  }
  // Only the piece mark.js split off is ours to merge or drop, never a page node that now follows.
  const tail = split.tail && el.nextSibling === split.tail ? split.tail : null;
  const intact = split.head === el.previousSibling && split.head.data === split.data;
  // If the page rewrote the text we split, what we hold is stale and goes.
  if (intact) split.head.appendData((el.textContent ?? '') + (tail?.data ?? ''));
  el.remove();
  tail?.remove();
}
