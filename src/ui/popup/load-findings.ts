import type { UserDocumentInput } from '../../corpus/user-input';
import type { ErrorResponse, FindingsResponse, PageHtmlResponse, TabRequest } from '../../shared/messages';
import type { PopupState } from './PopupView';

/** The tab the popup reports on: `?tab=<id>` (tests open the popup in a tab of its own), else the active tab. */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the tab's content script what it found. No content script there (browser pages, PDF viewer, stores) means unreadable. */
export async function loadFindings(tabId: number | null): Promise<PopupState> {
  if (tabId === null) return { status: 'unreadable', reason: 'There is no page in this tab.' };
  try {
    const response = (await browser.tabs.sendMessage(tabId, { type: 'findings' } satisfies TabRequest)) as
      | FindingsResponse
      | ErrorResponse
      | undefined;
    if (!response || 'error' in response) throw new Error(response?.error ?? 'no answer');
    return { status: 'ready', page: response };
  } catch {
    return {
      status: 'unreadable',
      reason: 'Browser pages, the PDF viewer, extension stores and pages opened before Factmark was installed (reload them) are out of its reach.',
    };
  }
}

/** The active page's main article, for "Add this page to the corpus": read from its markup with Readability. */
export async function readPageArticle(tabId: number): Promise<UserDocumentInput> {
  const page = (await browser.tabs.sendMessage(tabId, { type: 'page-html' } satisfies TabRequest)) as PageHtmlResponse;
  // Readability is loaded only when a page is added: the popup opens without it.
  const { articleFromHtml } = await import('../../corpus/html-article');
  const article = articleFromHtml(new DOMParser().parseFromString(page.html, 'text/html'), page.url);
  if (!article) throw new Error('Factmark found no article on this page.');
  return { format: 'text', content: article.text, meta: article.meta };
}

export function reveal(tabId: number | null, id: string, verdict: string | null = null): void {
  if (tabId !== null) void browser.tabs.sendMessage(tabId, { type: 'reveal', id, verdict } satisfies TabRequest).catch(() => undefined);
}
