/** A sentence of a cleaned text, by offsets. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATION = /(?:^|[\s("“])(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Prof|Rev|No|vs|etc|e\.g|i\.e|U\.S|U\.K|U\.N|E\.U|[A-Z])\.["”’']?\s*$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Sentences with Intl.Segmenter, repaired: never split after an abbreviation
 * (Sept. 9, St. Petersburg, U.S. ambassador) or before a lower-case
 * continuation, and never across a paragraph.
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
      if (previous && (ABBREVIATION.test(previousText) || /^\s*[a-z,;)”’]/.test(segment) || insideQuote(previousText))) previous.end = end;
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

/** Whether a piece of text leaves a double quotation open: the sentence goes on to its close. */
function insideQuote(text: string): boolean {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (opens || closes) return opens > closes;
  return (text.match(/"/g) ?? []).length % 2 === 1;
}
