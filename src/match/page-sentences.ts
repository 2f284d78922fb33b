import type { SentenceSpan } from '../corpus/sentences';
import { continuesSentence, endsWithAbbreviation, insideQuote } from '../text/sentence-rules';

/** End punctuation, with closing quotes or brackets, before whitespace: where a sentence may end. */
const BREAK = /[.!?…]+["”’')\]]*(?=\s)/g;

/**
 * Sentences of a page block for matching. The corpus is split with
 * Intl.Segmenter at ingestion; a page is split on every visit, so this reads
 * breaks with one regex and applies the same repairs (abbreviations, lower-case
 * continuations, open quotations), at a fraction of the cost.
 */
export function pageSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let found = BREAK.exec(text); found; found = BREAK.exec(text)) {
    const end = found.index + found[0].length;
    const piece = text.slice(start, end);
    const next = text.slice(end, end + 24);
    if (endsWithAbbreviation(piece, next) || continuesSentence(next) || insideQuote(piece)) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  if (!trimmed) return;
  const from = start + raw.length - raw.trimStart().length;
  out.push({ start: from, end: from + trimmed.length, text: trimmed });
}
