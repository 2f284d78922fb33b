/** The page's publication date (ISO, any precision) from common article metadata, to resolve dates like "January 23". */
export function pageDate(doc: Document): string | null {
  const candidates = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]')?.getAttribute('content'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const value of candidates) {
    const match = value?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
    if (match) return match.slice(1).filter(Boolean).join('-');
  }
  return null;
}
