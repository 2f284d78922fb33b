/** A labelled span of a document's text, by offsets. */
export interface Span {
  start: number;
  end: number;
  kind: 'name' | 'claim' | 'quote' | 'cited';
  id: string;
}

/** A run of text and the spans covering all of it. */
export interface Run {
  text: string;
  start: number;
  spans: Span[];
}

/**
 * Cuts `text` into runs at every span boundary, so overlapping and nested
 * spans (a name inside a claim, the cited sentence) can be rendered as nested
 * elements without HTML. Runs never cross a paragraph break ("\n\n").
 */
export function toRuns(text: string, spans: readonly Span[]): Run[][] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2)) {
    cuts.add(at);
    cuts.add(at + 2);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const paragraphs: Run[][] = [[]];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    if (piece === '\n\n') {
      paragraphs.push([]);
      continue;
    }
    paragraphs[paragraphs.length - 1].push({ text: piece, start, spans: spans.filter((s) => s.start <= start && end <= s.end) });
  }
  return paragraphs.filter((runs) => runs.some((r) => r.text.trim()));
}
