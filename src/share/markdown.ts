import type { SourceMap } from '../shared/sources';
import { footnoted, type Excerpt } from './excerpt';

/**
 * The excerpt as Markdown: the passage as a block quote with a footnote marker
 * after each corpus name or claim, the page it comes from (linked to the
 * passage itself), and one numbered footnote per cited item with its source.
 * Page and corpus text are escaped so they can't turn into links or markup.
 */
export function excerptToMarkdown(excerpt: Excerpt, sources: SourceMap): string {
  const { runs, notes } = footnoted(excerpt, sources);
  const quoted = runs.map((run) => escapeMarkdown(run.text) + run.notes.map((n) => `[^${n}]`).join('')).join('');
  const lines = quoted
    .trim()
    .split(/\n/)
    .map((line) => (line.trim() ? `> ${line.trim()}` : '>'));
  lines.push('>', `> — [${escapeMarkdown(excerpt.page.title || excerpt.page.url)}](${escapeUrl(excerpt.page.link)})`);

  const footnotes = notes.map((note) => {
    const label = note.isName ? `**${escapeMarkdown(note.label)}**` : escapeMarkdown(note.label);
    if (!note.cite) return `[^${note.n}]: ${label}`;
    const said = note.said === null ? '' : ` — “${escapeMarkdown(note.said)}”`;
    const link = note.url ? ` <${escapeUrl(note.url)}>` : '';
    return `[^${note.n}]: ${label}${said} — ${escapeMarkdown(note.cite)}.${link}`;
  });
  return [...lines, ...(footnotes.length ? ['', ...footnotes] : []), ''].join('\n');
}

/** Backslash-escapes characters that Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}

function escapeUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
}
