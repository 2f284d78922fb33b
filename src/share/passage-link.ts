/** Passages up to this many words are linked whole; longer ones by their first and last words. */
const WHOLE = 8;
/** Words kept at each end of a longer passage: enough to be found once on a page. */
const ENDS = 4;

/**
 * A link to the exact passage on its page: a text fragment
 * (`#:~:text=start,end`, scroll-to-text), which Chrome, Edge, Safari and
 * Firefox scroll to and highlight; elsewhere it opens the page. A term is
 * matched within one block, so a passage over several paragraphs is linked by
 * the start of its first and the end of its last. The page's own
 * fragment (`#comments`) is kept before the directive; an earlier directive
 * is replaced.
 */
export function passageLink(pageUrl: string, passage: string): string {
  const paragraphs = passage
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split(/\s+/).filter(Boolean))
    .filter((words) => words.length);
  if (!paragraphs.length) return pageUrl;
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  const [base, fragment = ''] = splitOnce(pageUrl, '#');
  const own = splitOnce(fragment, ':~:')[0];
  const text =
    paragraphs.length === 1 && first.length <= WHOLE
      ? encodeTerm(first.join(' '))
      : `${encodeTerm(first.slice(0, ENDS).join(' '))},${encodeTerm(last.slice(-ENDS).join(' '))}`;
  return `${base}#${own}:~:text=${text}`;
}

/** A text directive's term: percent-encoded, with the characters the directive uses itself ("-", ",", "&") encoded too. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + separator.length)];
}
