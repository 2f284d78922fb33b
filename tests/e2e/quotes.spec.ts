import { expect, test } from './fixtures';
import { HIGHLIGHT, hoverText, openArticle } from './helpers';

test.describe('quotes on the page', () => {
  test('a quote put in the wrong mouth is marked misattributed and its card names the real speaker', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    const quote = page.locator('#q-misattributed fm-mark[data-factmark="quote"]').first();
    await expect(quote).toHaveAttribute('data-factmark-verdict', 'misattributed');
    await hoverText(page, '#q-misattributed', 'proud nation');
    const card = page.locator('factmark-ui .fm-card');
    await expect(card.locator('.fm-verdict-label')).toHaveText('Misattributed quote');
    await expect(card).toContainText('The source attributes these words to Svetlana Alexievich, not Vladimir Putin.');
  });

  test('a reworded quote is marked altered and its card shows the words that changed', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await expect(page.locator('#q-altered fm-mark[data-factmark="quote"]').first()).toHaveAttribute('data-factmark-verdict', 'altered');
    await hoverText(page, '#q-altered', 'fight against');
    const diff = page.locator('factmark-ui .fm-card .fm-diff');
    await expect(diff.locator('del')).toHaveText(['point', 'this']);
    await expect(diff.locator('ins')).toHaveText(['stage', 'it']);
  });

  test('a quote credited by a pronoun ("…," he said) is misattributed to the one person it can mean', async ({ page, server }) => {
    await openArticle(page, server.url('fact-check.html'));
    const quote = page.locator('#p-pronoun fm-mark[data-factmark="quote"]').first();
    await expect(quote).toHaveAttribute('data-factmark-verdict', 'misattributed');
    await hoverText(page, '#p-pronoun', 'will be next');
    await expect(page.locator('factmark-ui .fm-card')).toContainText('The source attributes these words to Alexander Lukashenko, not Vladimir Putin.');
  });

  test('a quote split by its attribution is read whole: both parts marked misattributed, the attribution left alone', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    const parts = page.locator('#q-split fm-mark[data-factmark="quote"]');
    await expect(parts).toHaveText(['At no stage', 'was it a fight against Russia.']);
    for (const part of await parts.all()) await expect(part).toHaveAttribute('data-factmark-verdict', 'misattributed');
    await hoverText(page, '#q-split', 'fight against');
    await expect(page.locator('factmark-ui .fm-card')).toContainText('The source attributes these words to Svetlana Tikhanovskaya, not Vladimir Putin.');
  });

  test('the exact quote is marked exact', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await expect(page.locator('#q-tikhanovskaya fm-mark[data-factmark="quote"]').first()).toHaveAttribute('data-factmark-verdict', 'exact');
  });
});

test.describe('what is left alone', () => {
  test('hidden text is not highlighted', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await expect(page.locator(`#hidden-panel ${HIGHLIGHT}, #styled-hidden ${HIGHLIGHT}`)).toHaveCount(0);
  });

  test('a contradicted claim is told apart without colour: a wavy underline', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    const style = await page
      .locator('#p-loan > fm-mark[data-factmark="claim"]')
      .first()
      .evaluate((el) => {
        const css = getComputedStyle(el);
        return { decoration: css.textDecorationLine, style: css.textDecorationStyle, padding: css.padding, margin: css.margin };
      });
    expect(style).toEqual({ decoration: 'underline', style: 'wavy', padding: '0px', margin: '0px' });
  });
});
