const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The range widened so that it neither starts nor ends inside a word ("nalysts
 * say … movemen" becomes "Analysts say … movements"). A link to a passage is
 * found by whole words: a cut word would find nothing. Only text nodes are
 * widened, within themselves.
 */
export function toWholeWords(range: Range): Range {
  const wide = range.cloneRange();
  const { startContainer: start, endContainer: end } = wide;
  if (start.nodeType === Node.TEXT_NODE) {
    const text = (start as Text).data;
    let offset = wide.startOffset;
    if (insideWord(text, offset)) while (offset > 0 && WORD_CHAR.test(text[offset - 1])) offset--;
    wide.setStart(start, offset);
  }
  if (end.nodeType === Node.TEXT_NODE) {
    const text = (end as Text).data;
    let offset = wide.endOffset;
    if (insideWord(text, offset)) while (offset < text.length && WORD_CHAR.test(text[offset])) offset++;
    wide.setEnd(end, offset);
  }
  return wide;
}

/** Whether `offset` falls between two characters of one word. */
function insideWord(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && WORD_CHAR.test(text[offset - 1]) && WORD_CHAR.test(text[offset]);
}
