import { expect, test } from './fixtures';
import { openArticle, tabIdOf } from './helpers';

test.describe('popup', () => {
  test('lists the page’s names and claims with their corpus quotes and sources', async ({ context, page, server, serviceWorker, extensionId }) => {
    await openArticle(page, server.url('article.html'));
    const tabId = await tabIdOf(serviceWorker, page);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);

    const names = popup.locator('section[aria-label="Names"]');
    await expect(names.locator('.fm-reveal', { hasText: 'Alexander Lukashenko' })).toBeVisible();
    await expect(names.locator('.fm-reveal', { hasText: 'Svetlana Tikhanovskaya' })).toBeVisible();
    // A speaker's entry carries their quotes from the corpus, with the source.
    const tikhanovskaya = names.locator('.fm-finding', { hasText: 'Svetlana Tikhanovskaya' });
    await tikhanovskaya.getByText('Sources').click();
    await expect(tikhanovskaya.locator('.fm-quotes')).toContainText('At no stage was it a fight against Russia');
    await expect(tikhanovskaya.locator('.fm-quotes .fm-source').first()).toContainText('Kyiv Post');

    const claims = popup.locator('section[aria-label="Claims"]');
    await expect(claims.locator('.fm-finding[data-verdict="contradicted"]')).toContainText('$3 billion');
    await expect(claims.locator('.fm-finding[data-verdict="supported"]').first()).toBeVisible();
    // Problems first: the contradicted claim opens the list.
    await expect(claims.locator('.fm-finding').first()).toHaveAttribute('data-verdict', 'contradicted');
    await claims.locator('.fm-finding[data-verdict="contradicted"]').getByText('Sources').click();
    await expect(claims.locator('.fm-finding[data-verdict="contradicted"] .fm-source')).toContainText('RFE/RL');
    await expect(popup.locator('.fm-counts')).toContainText(/\d+ claims · \d+ quotes · \d+ names/);

    // Clicking an entry brings it into view on the page and focuses it.
    await claims.locator('.fm-finding[data-verdict="contradicted"] .fm-reveal').click();
    await expect(page.locator('#p-loan > fm-mark[data-factmark="claim"]').first()).toBeFocused();
  });

  test('says when nothing from the corpus is on the page', async ({ context, page, server, serviceWorker, extensionId }) => {
    await page.goto(server.url('unrelated.html'));
    const tabId = await tabIdOf(serviceWorker, page);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('.fm-empty')).toHaveText('Nothing from the corpus on this page.');
  });

  test('says when it cannot read the page', async ({ context, page, serviceWorker, extensionId }) => {
    await page.goto('chrome://version');
    const tabId = await tabIdOf(serviceWorker, page);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('.fm-unreadable')).toContainText('Factmark can’t read this page.');
  });
});
