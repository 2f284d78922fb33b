import type { SourceMap } from '../shared/sources';
import { footnoted, type Excerpt } from './excerpt';

/**
 * The excerpt as rich text (HTML), for word processors, mail and CMS editors:
 * the passage as a block quote with a superscript number after each corpus
 * name or claim, the page it comes from linked to the passage, and a numbered
 * list of the sources. Every piece of page and corpus text is escaped, and
 * only http(s) addresses are linked.
 */
export function excerptToHtml(excerpt: Excerpt, sources: SourceMap): string {
  const { runs, notes } = footnoted(excerpt, sources);
  const link = escapeHtml(excerpt.page.link);
  const quoted = runs.map((run) => escapeHtml(run.text) + run.notes.map((n) => `<sup>[${n}]</sup>`).join('')).join('');
  const paragraphs = quoted
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.trim().replace(/\n/g, '<br>')}</p>`);
  paragraphs.push(`<p>— <a href="${link}">${escapeHtml(excerpt.page.title || excerpt.page.url)}</a></p>`);
  const items = notes.map((note) => {
    const label = note.isName ? `<strong>${escapeHtml(note.label)}</strong>` : escapeHtml(note.label);
    if (!note.cite) return `<li>${label}</li>`;
    const said = note.said === null ? '' : ` — “${escapeHtml(note.said)}”`;
    const url = note.url ? ` <a href="${escapeHtml(note.url)}">${escapeHtml(note.url)}</a>` : '';
    return `<li>${label}${said} — ${escapeHtml(note.cite)}.${url}</li>`;
  });
  return `<blockquote cite="${link}">${paragraphs.join('')}</blockquote>${items.length ? `<ol>${items.join('')}</ol>` : ''}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
