import type { UserDocumentInput } from '../../corpus/user-input';
import type { PageHtmlResponse, TabRequest } from '../../shared/messages';

/** The active page's main article, for "Add this page to the corpus": read from its markup with Readability. */
export async function readPageArticle(tabId: number): Promise<UserDocumentInput> {
  const page = (await browser.tabs.sendMessage(tabId, { type: 'page-html' } satisfies TabRequest)) as PageHtmlResponse;
  // Readability is loaded only when a page is added: the popup opens without it.
  const { articleFromHtml } = await import('../../corpus/html-article');
  const article = articleFromHtml(new DOMParser().parseFromString(page.html, 'text/html'), page.url);
  if (!article) throw new Error('Factmark found no article on this page.');
  return { format: 'text', content: article.text, meta: article.meta };
}
