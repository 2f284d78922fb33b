import type { SourceContext, SourceRef } from '../shared/sources';

/** "Kremlin won't help", Kyiv Post, Sept. 2020 — the one-line citation of a source. */
export function citeSource(source: SourceRef): string {
  const parts = [`“${source.title}”`];
  if (source.author) parts.push(source.author);
  if (source.outlet) parts.push(source.outlet);
  if (source.published) parts.push(formatPublished(source.published));
  return parts.join(', ');
}

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** ISO date at any precision (YYYY, YYYY-MM, YYYY-MM-DD) in AP style. */
export function formatPublished(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
}

/** What a citation calls the cited item: the name, or the corpus sentence. */
export function citedLabel(context: SourceContext): string {
  return context.kind === 'name' ? context.name : context.kind === 'quote' ? `“${context.text}”` : context.text;
}

/** The source a citation points to: for a name, the first document it is cited from. */
export function primarySource(context: SourceContext): { source: SourceRef; sentence: string } | null {
  if (context.kind === 'name') {
    const first = context.sentences[0];
    return first ? { source: first.source, sentence: first.text } : null;
  }
  return { source: context.sentence.source, sentence: context.sentence.text };
}
