import { continuesSentence, endsWithAbbreviation, insideQuote } from '../text/sentence-rules';

/** A sentence of a cleaned text, by offsets. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Sentences with Intl.Segmenter, repaired: never split after a title or
 * initial (Mr. Lukashenko, St. Petersburg), nor after an abbreviation that
 * can end a sentence (Sept. 9, U.S. ambassador) unless a new sentence visibly
 * begins ("…to the U.S. The next day…"), nor before a lower-case
 * continuation, nor inside an open quotation; never across a paragraph.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split('\n\n')) {
    const pieces: { start: number; end: number }[] = [];
    for (const { index, segment } of segmenter.segment(paragraph)) {
      const start = paragraphStart + index;
      const end = start + segment.length;
      const previous = pieces[pieces.length - 1];
      const previousText = previous ? text.slice(previous.start, previous.end) : '';
      if (previous && (endsWithAbbreviation(previousText, segment) || continuesSentence(segment) || insideQuote(previousText))) previous.end = end;
      else pieces.push({ start, end });
    }
    for (const piece of pieces) {
      const raw = text.slice(piece.start, piece.end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) out.push({ start: piece.start + lead, end: piece.start + lead + trimmed.length, text: trimmed });
    }
    paragraphStart += paragraph.length + 2;
  }
  return out;
}
