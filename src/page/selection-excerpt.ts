import { HIGHLIGHT_TAG } from '../shared/constants';
import type { Excerpt } from '../share/excerpt';
import { passageLink } from '../share/passage-link';
import { blockOf, isSkipped } from './text-index';
import { toWholeWords } from './word-range';

const SELECTOR = `${HIGHLIGHT_TAG}[data-factmark]`;

/**
 * Reads a selected range as an excerpt: its text (a blank line between
 * blocks) and where each highlighted corpus item inside it ends, so the
 * citation marker can follow it. `groupOf` maps a highlight element to its hit,
 * so a hit split over several elements is cited once, after its last piece.
 */
export function excerptFromRange(range: Range, groupOf: (el: Element) => object | undefined, page: { title: string; url: string }): Excerpt {
  const { passage, anchors } = readRange(range, groupOf);
  // The link finds the passage by whole words: a selection that cuts a word is widened for it (and read again).
  const wide = toWholeWords(range);
  const cut = wide.startOffset !== range.startOffset || wide.endOffset !== range.endOffset;
  return { passage, anchors, page: { ...page, link: passageLink(page.url, cut ? readRange(wide, groupOf).passage : passage) } };
}

function readRange(range: Range, groupOf: (el: Element) => object | undefined): Pick<Excerpt, 'passage' | 'anchors'> {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let passage = '';
  let lastBlock: Element | null = null;
  const ends = new Map<object, { end: number; id: string }>();

  for (let node = root.nodeType === Node.TEXT_NODE ? (root as Text) : (walker.nextNode() as Text | null); node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node) || !node.parentElement || isSkipped(node.parentElement)) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    const text = node.data.slice(from, to);
    if (!text) continue;
    const block = blockOf(node);
    if (lastBlock && block !== lastBlock && passage.trim()) passage = passage.trimEnd() + '\n\n';
    lastBlock = block;
    passage += text;
    for (let mark = node.parentElement.closest(SELECTOR); mark; mark = mark.parentElement?.closest(SELECTOR) ?? null) {
      const key = groupOf(mark) ?? mark;
      ends.set(key, { end: passage.length, id: mark.getAttribute('data-factmark-id') ?? '' });
    }
    if (node === range.endContainer) break;
  }

  // Markers go after the trimmed text, never after trailing whitespace.
  const trimmed = passage.trimEnd();
  const lead = passage.length - passage.trimStart().length;
  const anchors = [...ends.values()].map((a) => ({ id: a.id, end: Math.min(a.end, trimmed.length) - lead }));
  return { passage: trimmed.trimStart(), anchors: anchors.filter((a) => a.end > 0) };
}
