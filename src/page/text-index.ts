/**
 * Turns a DOM subtree into blocks of visible text the matcher can read, with
 * offsets mark.js understands. mark.js's `markRanges` counts every text node
 * under its context except those whose parent is script/style/title/head/html;
 * block offsets here are computed over exactly that string, so a range found
 * in a segment maps to the right characters without reading layout.
 */

/** Elements that end a run of text: a name is never glued across two of them. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Text under these is never scanned: code, form fields, editable regions, hidden parts, navigation and Factmark's own UI. */
export const SKIP_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'svg', 'math',
  'iframe', 'object', 'canvas', 'video', 'audio', 'nav', '[hidden]', '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])', 'factmark-ui',
].join(',');

/** The skipped regions that are only hidden for now: revealing them (removing the attribute) makes their text readable. */
export const HIDDEN_SELECTOR = '[hidden], [aria-hidden="true"]';

/** Parents whose text mark.js itself never counts (see mark.js `matchesExclude`). */
const UNCOUNTED_PARENTS = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);

/** A run of visible text inside a block; `start` is its offset in the block's mark.js string. */
export interface Segment {
  start: number;
  text: string;
}

export interface Block {
  element: Element;
  segments: Segment[];
}

/** The nearest block element at or above `node`: the unit that is matched and highlighted. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el;
}

/** Whether text under `el` is off limits (form field, editable, hidden, our UI…). */
export function isSkipped(el: Element): boolean {
  return el.closest(SKIP_SELECTOR) !== null || (el.ownerDocument.designMode === 'on');
}

export interface CollectOptions {
  /** Told of each hidden region (`hidden`, `aria-hidden`) whose text was left out, so it can be read once revealed. */
  onHidden?(region: Element): void;
}

/**
 * Collects the blocks at or under `root` (a block element) with their visible
 * text segments. A segment breaks at nested blocks, skipped regions and <br>.
 */
export function collectBlocks(root: Element, options: CollectOptions = {}): Block[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const starts = new Map<Element, number>();
  const blocks = new Map<Element, Segment[]>();
  const skippedCache = new Map<Element, boolean>();
  let position = 0;
  let broken = true; // the next text starts a new segment

  const skipped = (el: Element) => {
    let value = skippedCache.get(el);
    if (value === undefined) {
      skippedCache.set(el, (value = isSkipped(el)));
      const hidden = value && options.onHidden ? el.closest(HIDDEN_SELECTOR) : null;
      if (hidden) options.onHidden!(hidden);
    }
    return value;
  };

  if (BLOCK_TAGS.has(root.tagName)) starts.set(root, 0);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (BLOCK_TAGS.has(el.tagName)) {
        if (!starts.has(el)) starts.set(el, position);
        broken = true;
      } else if (el.tagName === 'BR') broken = true;
      continue;
    }
    const parent = node.parentElement;
    if (!parent || UNCOUNTED_PARENTS.has(parent.tagName)) continue;
    const text = (node as Text).data;
    const at = position;
    position += text.length;
    const block = blockOf(parent);
    if (!block || !starts.has(block) || skipped(parent)) {
      broken = true;
      continue;
    }
    const segments = blocks.get(block) ?? [];
    if (!blocks.has(block)) blocks.set(block, segments);
    const last = segments[segments.length - 1];
    const offset = at - starts.get(block)!;
    if (!broken && last && last.start + last.text.length === offset) last.text += text;
    else segments.push({ start: offset, text });
    broken = false;
  }

  const out: Block[] = [];
  for (const [element, segments] of blocks) {
    const visible = segments.filter((s) => /\S/.test(s.text));
    if (visible.length) out.push({ element, segments: visible });
  }
  return out;
}
