import type { ErrorResponse, FindingsResponse, TabRequest } from '../../shared/messages';
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

/** Scrolls the tab to a corpus item's highlight (of that verdict) and flashes it. */
export function reveal(tabId: number | null, id: string, verdict: string | null = null): void {
  if (tabId !== null) void browser.tabs.sendMessage(tabId, { type: 'reveal', id, verdict } satisfies TabRequest).catch(() => undefined);
}
