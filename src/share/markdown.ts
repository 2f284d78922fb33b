import type { SourceMap } from '../shared/sources';
import { webAddress } from '../shared/web-address';
import { citedLabel, citeSource, primarySource } from './cite';

export interface Excerpt {
  /** The selected text; paragraphs separated by blank lines. */
  passage: string;
  /** Where a cited corpus item ends in the passage (its footnote marker goes there). */
  anchors: { end: number; id: string }[];
  page: { title: string; url: string };
}

/**
 * The excerpt as Markdown: the passage as a block quote with a footnote marker
 * after each corpus name or claim, the page it comes from, and one numbered
 * footnote per cited item with its source. Page and corpus text are escaped so
 * they can't turn into links or markup.
 */
export function excerptToMarkdown(excerpt: Excerpt, sources: SourceMap): string {
  const numbers = new Map<string, number>();
  const markers = new Map<number, string[]>();
  for (const anchor of [...excerpt.anchors].sort((a, b) => a.end - b.end)) {
    if (!sources[anchor.id]) continue;
    if (!numbers.has(anchor.id)) numbers.set(anchor.id, numbers.size + 1);
    const at = markers.get(anchor.end) ?? [];
    at.push(`[^${numbers.get(anchor.id)}]`);
    markers.set(anchor.end, at);
  }

  let quoted = '';
  let cursor = 0;
  for (const end of [...markers.keys()].sort((a, b) => a - b)) {
    quoted += escapeMarkdown(excerpt.passage.slice(cursor, end)) + [...new Set(markers.get(end))].join('');
    cursor = end;
  }
  quoted += escapeMarkdown(excerpt.passage.slice(cursor));

  const lines = quoted
    .trim()
    .split(/\n/)
    .map((line) => (line.trim() ? `> ${line.trim()}` : '>'));
  lines.push('>', `> — [${escapeMarkdown(excerpt.page.title || excerpt.page.url)}](${escapeUrl(excerpt.page.url)})`);

  const notes = [...numbers].map(([id, n]) => {
    const context = sources[id]!;
    const primary = primarySource(context);
    const label = context.kind === 'name' ? `**${escapeMarkdown(context.name)}**` : escapeMarkdown(citedLabel(context));
    if (!primary) return `[^${n}]: ${label}`;
    const url = webAddress(primary.source.url);
    const link = url ? ` <${escapeUrl(url)}>` : '';
    const said = context.kind === 'name' ? ` — “${escapeMarkdown(primary.sentence)}”` : '';
    return `[^${n}]: ${label}${said} — ${escapeMarkdown(citeSource(primary.source))}.${link}`;
  });
  return [...lines, ...(notes.length ? ['', ...notes] : []), ''].join('\n');
}

/** Backslash-escapes characters that Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}

function escapeUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
}
