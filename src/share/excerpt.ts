import type { SourceMap } from '../shared/sources';
import { webAddress } from '../shared/web-address';
import { citedLabel, citeSource, primarySource } from './cite';

export interface Excerpt {
  /** The selected text; paragraphs separated by blank lines. */
  passage: string;
  /** Where a cited corpus item ends in the passage (its footnote marker goes there). */
  anchors: { end: number; id: string }[];
  /** The page, and a link to the passage itself on it (see passageLink), made from the selection widened to whole words. */
  page: { title: string; url: string; link: string };
}

/** A stretch of the passage, and the numbers of the footnotes whose markers follow it. */
export interface Run {
  text: string;
  notes: number[];
}

/** One footnote: the corpus item and where the corpus says it. Plain text: each format escapes it its own way. */
export interface Note {
  n: number;
  /** A name's canonical form (set in bold), or a claim's or quote's words. */
  label: string;
  isName: boolean;
  /** For a name, the corpus sentence that names it. */
  said: string | null;
  /** "Title", author, outlet, date — null when the source is unknown. */
  cite: string | null;
  /** The source's http(s) address, if it has one. */
  url: string | null;
}

/**
 * The passage cut where markers go, and one numbered note per cited item, in
 * the order they first appear. Items without a source are not cited; an item
 * cited twice keeps its first number; a marker is not repeated at one place.
 * Every excerpt format (Markdown, rich text, image) is written from this.
 */
export function footnoted(excerpt: Excerpt, sources: SourceMap): { runs: Run[]; notes: Note[] } {
  const numbers = new Map<string, number>();
  const markers = new Map<number, number[]>();
  for (const anchor of [...excerpt.anchors].sort((a, b) => a.end - b.end)) {
    if (!sources[anchor.id]) continue;
    if (!numbers.has(anchor.id)) numbers.set(anchor.id, numbers.size + 1);
    const at = markers.get(anchor.end) ?? [];
    if (!at.includes(numbers.get(anchor.id)!)) at.push(numbers.get(anchor.id)!);
    markers.set(anchor.end, at);
  }
  const runs: Run[] = [];
  let cursor = 0;
  for (const end of [...markers.keys()].sort((a, b) => a - b)) {
    runs.push({ text: excerpt.passage.slice(cursor, end), notes: markers.get(end)! });
    cursor = end;
  }
  runs.push({ text: excerpt.passage.slice(cursor), notes: [] });

  const notes = [...numbers].map(([id, n]): Note => {
    const context = sources[id]!;
    const primary = primarySource(context);
    return {
      n,
      label: context.kind === 'name' ? context.name : citedLabel(context),
      isName: context.kind === 'name',
      said: context.kind === 'name' && primary ? primary.sentence : null,
      cite: primary ? citeSource(primary.source) : null,
      url: primary ? webAddress(primary.source.url) : null,
    };
  });
  return { runs, notes };
}
