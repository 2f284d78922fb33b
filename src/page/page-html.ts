import { HIGHLIGHT_TAG } from '../shared/constants';

/** Factmark's shadow-root host (cards, the copy button). */
const UI_TAG = 'factmark-ui';

/**
 * The page's markup as the page made it, for "Add this page to the corpus":
 * a copy of the document with Factmark's highlights unwrapped (their text
 * back in place, adjacent text merged) and its UI removed. The live page is
 * not touched.
 */
export function pageHtml(doc: Document): string {
  const copy = doc.documentElement.cloneNode(true) as HTMLElement;
  for (const ui of copy.querySelectorAll(UI_TAG)) ui.remove();
  // Innermost first, so a name inside a claim unwraps before the claim does.
  for (const mark of [...copy.querySelectorAll(`${HIGHLIGHT_TAG}[data-factmark]`)].reverse()) mark.replaceWith(...mark.childNodes);
  copy.normalize();
  return copy.outerHTML;
}
