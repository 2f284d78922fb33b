import { expect, test } from './fixtures';
import { hoverText, openArticle } from './helpers';

test.describe('source cards', () => {
  test('hovering a name shows who it is and where the corpus says so', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await page.locator('#p-power fm-mark[data-factmark="name"]', { hasText: 'Lukashenka' }).hover();

    const card = page.locator('factmark-ui .fm-card');
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('role', 'dialog');
    await expect(card.locator('.fm-title')).toHaveText('Alexander Lukashenko');
    await expect(card).toContainText('Person');
    // Each cited sentence names its source: title, outlet, author and date, linked to the original.
    await expect(card.locator('.fm-source a', { hasText: 'Minsk, Moscow, And Beyond' }).first()).toHaveAttribute('href', 'https://www.rferl.org/a/31072626.html');
    await expect(card).toContainText('RFE/RL · Tony Wesolowsky · Jan. 2021');
    await expect(card.locator('.fm-source a', { hasText: "Kremlin won't help" }).first()).toHaveAttribute('href', /kyivpost\.com/);
    await expect(card.locator('.fm-cited blockquote').first()).toContainText('Lukashenko');
    // Why it is highlighted, in one line: the kind of match and its score.
    await expect(card.locator('.fm-why')).toHaveText('Highlighted as another form of the name: “Alyaksandr Lukashenka” (name match, score 1.00).');
    await expect(card.getByRole('button', { name: /Open in source/ }).first()).toBeVisible();

    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'assets/screenshot.png' });
  });

  test('a contradicted claim shows both figures and the source sentence', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await hoverText(page, '#p-loan', 'state loan');
    const card = page.locator('factmark-ui .fm-card');
    await expect(card.locator('.fm-verdict-label')).toHaveText('Contradicted by the source');
    await expect(card.locator('.fm-figures')).toContainText('$3 billion');
    await expect(card.locator('.fm-figures')).toContainText('$1.5 billion');
    await expect(card.locator('blockquote')).toContainText('$1.5 billion in the form of a state loan');
    await expect(card.locator('.fm-why')).toHaveText(/^Different figure: the page says \$3 billion, the source says \$1\.5 billion\. \(claim match, score \d\.\d\d\)$/);
  });

  test('keyboard focus opens the card and Escape closes it', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await page.locator('#p-detained fm-mark[data-factmark="name"]', { hasText: 'OVD-Info' }).focus();
    const card = page.locator('factmark-ui .fm-card');
    await expect(card.locator('.fm-title')).toHaveText('OVD-Info');
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
  });

  test('the card lives in a shadow root the page’s CSS cannot reach', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await page.addStyleTag({ content: '.fm-card, .fm-title { display: none !important; color: red !important; }' });
    await page.locator('#p-loan fm-mark[data-factmark="name"]', { hasText: 'Vladimir Putin' }).hover();
    await expect(page.locator('factmark-ui .fm-card .fm-title')).toBeVisible();
    const inShadow = await page.evaluate(() => document.querySelector('factmark-ui')?.shadowRoot?.querySelector('.fm-card') !== null);
    expect(inShadow).toBe(true);
  });
});
