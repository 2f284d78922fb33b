import { expect, test } from './fixtures';
import { hoverText, openArticle } from './helpers';

test.describe('source view', () => {
  test('"Open in source" shows the corpus document with the cited sentence highlighted and in view', async ({ context, page, server }) => {
    await openArticle(page, server.url('article.html'));
    await hoverText(page, '#p-loan', 'state loan');
    const card = page.locator('factmark-ui .fm-card');
    const opened = context.waitForEvent('page');
    await card.getByRole('button', { name: 'Open in source' }).first().click();
    const source = await opened;
    await source.waitForLoadState();

    await expect(source.locator('h1')).toHaveText('Minsk, Moscow, And Beyond: Belarus Protests Reverberate On Russian Streets');
    await expect(source.locator('.fm-meta')).toContainText('RFE/RL · Tony Wesolowsky · Jan. 2021');
    await expect(source.getByRole('link', { name: 'Original article' })).toHaveAttribute('href', 'https://www.rferl.org/a/31072626.html');
    const cited = source.locator('.fm-cited-sentence');
    await expect(cited).toHaveCount(1);
    await expect(cited).toContainText('In September, Putin promised Lukashenka possible police or other military support, as well as a financial injection of $1.5 billion');
    await expect(cited).toBeInViewport();
    // The document's other names and claims are marked too.
    await expect(source.locator('.fm-span-name', { hasText: 'Navalny' }).first()).toBeVisible();
    await expect(source.locator('.fm-span-claim').first()).toBeVisible();
  });
});
