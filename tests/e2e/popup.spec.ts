import { expect, test } from './fixtures';
import { openArticle, settledFindings, tabIdOf } from './helpers';

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
    await expect(popup.locator('.fm-counts')).toContainText(/\d+ claims? · \d+ quotes? · \d+ names?/);

    // Clicking an entry brings it into view on the page and focuses it.
    await claims.locator('.fm-finding[data-verdict="contradicted"] .fm-reveal').click();
    await expect(page.locator('#p-loan > fm-mark[data-factmark="claim"]').first()).toBeFocused();
  });

  test('claims and quotes are grouped under their verdicts’ headings, problems first', async ({ context, page, server, serviceWorker, extensionId }) => {
    await openArticle(page, server.url('article.html'));
    await settledFindings(serviceWorker, page);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, page)}`);

    const claims = popup.getByRole('region', { name: 'Claims' });
    await expect(claims.getByRole('heading', { level: 3 })).toHaveText([/^Contradicted \d+$/, /^Supported \d+$/]);
    await expect(claims.getByRole('list', { name: /^Contradicted/ })).toContainText('$3 billion');

    const quotes = popup.getByRole('region', { name: 'Quotes' });
    await expect(quotes.getByRole('heading', { level: 3 })).toHaveText(['Misattributed 2', 'Altered 1', 'Exact 1']);
    await expect(quotes.getByRole('list', { name: /^Misattributed/ }).locator('.fm-reveal')).toContainText(['small, proud nation', 'At no stage']);
    // A quote split by its attribution is one quote: listed once, not twice.
    await expect(quotes.locator('.fm-finding', { hasText: 'At no stage' }).locator('.fm-count')).toHaveCount(0);
    await expect(quotes.getByRole('list', { name: /^Altered/ }).locator('.fm-reveal')).toContainText('At no point was this a fight against Russia');
    await expect(quotes.getByRole('list', { name: /^Exact/ }).locator('.fm-reveal')).toContainText('At no stage was it a fight against Russia');
    // A quote's entry carries the corpus quote: who really said it, and where.
    const misattributed = quotes.locator('.fm-finding[data-verdict="misattributed"]', { hasText: 'small, proud nation' });
    await expect(misattributed.locator('.fm-badge')).toHaveText('Misattributed quote');
    await misattributed.getByText('Sources').click();
    await expect(misattributed).toContainText('Said by Svetlana Alexievich');
    await expect(misattributed.locator('.fm-source')).toContainText('Kyiv Post');
  });

  test('clicking an entry scrolls the page to it and flashes it', async ({ context, page, server, serviceWorker, extensionId }) => {
    await page.setViewportSize({ width: 1280, height: 420 });
    await openArticle(page, server.url('article.html'));
    await settledFindings(serviceWorker, page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const target = page.locator('#q-altered fm-mark[data-factmark="quote"]').first();
    await expect(target).not.toBeInViewport();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, page)}`);
    await popup.locator('.fm-finding[data-verdict="altered"] .fm-reveal').click();
    await page.bringToFront();
    await expect(target).toBeInViewport();
    await expect(target).toBeFocused();
    // The flash: an outline that fades, on the highlight itself.
    await expect
      .poll(() => target.evaluate((el) => el.getAnimations().some((a) => (a.effect as KeyframeEffect).getKeyframes().some((k) => 'outline' in k))))
      .toBe(true);
  });

  test('"Open in source" from the popup opens the corpus document at the cited sentence', async ({ context, page, server, serviceWorker, extensionId }) => {
    await openArticle(page, server.url('article.html'));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, page)}`);
    const claim = popup.locator('.fm-finding[data-verdict="contradicted"]');
    await claim.getByText('Sources').click();
    const opened = context.waitForEvent('page');
    await claim.getByRole('button', { name: 'Open in source' }).click();
    const source = await opened;
    await expect(source.locator('h1')).toHaveText('Minsk, Moscow, And Beyond: Belarus Protests Reverberate On Russian Streets');
    await expect(source.locator('.fm-cited-sentence')).toContainText('a financial injection of $1.5 billion');
    await expect(source.locator('.fm-cited-sentence')).toBeInViewport();
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
