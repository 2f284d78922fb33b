import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HIGHLIGHT, openArticle, settledFindings, tabIdOf } from './helpers';

/** The page's body as markup plus the number of text nodes, so split-and-merged text is caught too. */
function bodySnapshot(page: Page) {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    while (walker.nextNode()) textNodes++;
    return { html: document.body.innerHTML, textNodes };
  });
}

test.describe('controls', () => {
  test('switching highlights off restores the page’s DOM exactly, and on brings them back', async ({ context, page, server, serviceWorker, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const toggle = popup.getByRole('switch', { name: 'Highlights' });
    await toggle.uncheck();

    await page.goto(server.url('article.html'));
    await page.locator('#p-update').waitFor();
    await settledFindings(serviceWorker, page);
    const pristine = await bodySnapshot(page);
    expect(pristine.html).not.toContain('fm-mark');

    const tabId = await tabIdOf(serviceWorker, page);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('.fm-inactive')).toHaveText('Highlights are off on this page.');
    await popup.getByRole('switch', { name: 'Highlights' }).check();
    await expect(page.locator(`#p-power ${HIGHLIGHT}`).first()).toBeVisible();
    await expect(page.locator(`#p-update ${HIGHLIGHT}`).first()).toBeVisible();

    await popup.getByRole('switch', { name: 'Highlights' }).uncheck();
    await expect(page.locator(HIGHLIGHT)).toHaveCount(0);
    expect(await bodySnapshot(page)).toEqual(pristine);
  });

  test('pausing a site is remembered across page loads', async ({ context, page, server, serviceWorker, extensionId }) => {
    await openArticle(page, server.url('article.html'));
    const tabId = await tabIdOf(serviceWorker, page);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Pause on 127.0.0.1' }).click();
    await expect(page.locator(HIGHLIGHT)).toHaveCount(0);

    await page.reload();
    await settledFindings(serviceWorker, page);
    await expect(page.locator(HIGHLIGHT)).toHaveCount(0);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, page)}`);
    await popup.getByRole('button', { name: 'Resume on 127.0.0.1' }).click();
    await expect(page.locator(HIGHLIGHT).first()).toBeVisible();
  });

  test('choosing which kinds show', async ({ context, page, server, serviceWorker, extensionId }) => {
    await openArticle(page, server.url('article.html'));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, page)}`);
    await popup.getByRole('checkbox', { name: 'Names' }).uncheck();
    await expect(page.locator('fm-mark[data-factmark="name"]')).toHaveCount(0);
    await expect(page.locator('fm-mark[data-factmark="claim"]').first()).toBeVisible();
  });

  test('the keyboard commands are registered with the browser, with their shortcuts', async ({ serviceWorker }) => {
    // Headless Chromium does not route key presses to extension commands: what they do is unit-tested (tests/unit/background/commands.test.ts).
    const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands.filter((c) => c.name !== '_execute_action').map((c) => [c.name, c.shortcut, c.description])).toEqual([
      ['next-highlight', 'Alt+Shift+J', 'Go to the next highlight'],
      ['previous-highlight', 'Alt+Shift+K', 'Go to the previous highlight'],
      ['share-selection', 'Alt+Shift+E', 'Share the selected text'],
      ['toggle-highlights', 'Alt+Shift+H', 'Turn highlights on or off'],
    ]);
  });

  test('the next-highlight command moves focus from highlight to highlight and opens its card', async ({ page, server, serviceWorker }) => {
    await openArticle(page, server.url('article.html'));
    await settledFindings(serviceWorker, page);
    const tabId = await tabIdOf(serviceWorker, page);
    const step = (direction: 1 | -1) => serviceWorker.evaluate(([id, d]) => chrome.tabs.sendMessage(id, { type: 'step', direction: d }), [tabId, direction] as const);

    await step(1);
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-factmark-id'));
    expect(first).toBeTruthy();
    await expect(page.locator('factmark-ui .fm-card')).toBeVisible();
    await step(1);
    await step(-1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-factmark-id'))).toBe(first);
  });
});
