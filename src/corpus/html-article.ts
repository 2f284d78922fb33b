import { Readability } from '@mozilla/readability';
import type { UserMeta } from './user-input';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd';

/**
 * The main article of an HTML page as plain text (one paragraph per block)
 * with the metadata the page declares. Takes a parsed Document — from the
 * browser's DOMParser or a DOM library in Node — so it runs in both. Scripts
 * are never run: parsing does not execute them and Readability drops them.
 */
export function articleFromHtml(doc: Document, url: string | null): { text: string; meta: UserMeta } | null {
  const published = metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]']);
  const outlet = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const container = doc.createElement('div');
  // Readability's output is sanitised markup from a page we parsed but never rendered; it stays in this detached node.
  container.innerHTML = article.content;
  const blocks = [...container.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const text = blocks
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return {
    text: text || (article.textContent ?? '').trim(),
    meta: {
      title: article.title ?? doc.title,
      author: article.byline?.replace(/^by\s+/i, '') ?? null,
      outlet: article.siteName ?? outlet,
      published: published?.match(/^\d{4}(-\d{2}(-\d{2})?)?/)?.[0] ?? null,
      url,
      language: article.lang?.slice(0, 2) ?? doc.documentElement.lang?.slice(0, 2) ?? 'en',
    },
  };
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}
