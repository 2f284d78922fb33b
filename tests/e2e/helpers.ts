import type { Page, Worker } from '@playwright/test';
import type { FindingsResponse } from '../../src/shared/messages';

export const HIGHLIGHT = 'fm-mark[data-factmark]';

/** Opens a fixture page and waits until Factmark has highlighted something on it (or `settle` ms passed). */
export async function openArticle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(HIGHLIGHT).first().waitFor({ timeout: 15_000 });
}

/**
 * The browser's id for the tab showing `page`, asked of the extension's
 * service worker: the page is brought to the front and the active tab is
 * read (without the "tabs" permission the extension can't see tab URLs).
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** Selects the whole text of the element matching `selector`, as a user dragging over it would. */
export async function selectText(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);
}

/** Waits until the page's content script has finished reading it, and returns what it found. */
export async function settledFindings(worker: Worker, page: Page): Promise<FindingsResponse> {
  const tabId = await tabIdOf(worker, page);
  for (let attempt = 0; attempt < 100; attempt++) {
    const response = await worker
      .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'findings' }), tabId)
      .catch(() => null);
    if (response && !response.scanning) return response as FindingsResponse;
    await page.waitForTimeout(100);
  }
  throw new Error('the page was never fully read');
}

/** Moves the mouse onto the first occurrence of `text` inside the element matching `selector`. */
export async function hoverText(page: Page, selector: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ([sel, needle]) => {
      const root = document.querySelector(sel)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [selector, text] as const,
  );
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  await page.mouse.move(point.x, point.y);
}
