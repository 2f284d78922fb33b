import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HIGHLIGHT, openArticle, settledFindings, tabIdOf } from './helpers';

/** Where every paragraph and list item of the article stands, to the pixel. */
function paragraphBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('article p, article li, article h1, article blockquote')].map((el) => {
      const box = el.getBoundingClientRect();
      return [Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)];
    }),
  );
}

test.describe('highlights and the page’s own look', () => {
  test('highlighting moves no line of the page: paragraphs stand where they stood without it', async ({ context, page, server, serviceWorker, extensionId }) => {
    await openArticle(page, server.url('article.html'));
    // The page adds a live update after load: measure once it is there and read.
    await page.locator('#p-update fm-mark[data-factmark]').first().waitFor();
    await settledFindings(serviceWorker, page);
    expect(await page.locator(HIGHLIGHT).count()).toBeGreaterThan(10);
    const highlighted = await paragraphBoxes(page);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, page)}`);
    await popup.getByRole('switch', { name: 'Highlights' }).uncheck();
    await expect(page.locator(HIGHLIGHT)).toHaveCount(0);
    expect(await paragraphBoxes(page)).toEqual(highlighted);
  });

  test('on a dark page, highlighted text keeps the page’s colours and stays readable', async ({ page, server, serviceWorker }) => {
    await page.goto(server.url('article.html'));
    await page.addStyleTag({ content: 'body, .layout, article { background: #111 !important; color: #eee !important; }' });
    await page.locator(HIGHLIGHT).first().waitFor();
    await settledFindings(serviceWorker, page);
    const looks = await page.evaluate((selector) =>
      [...document.querySelectorAll(selector)].slice(0, 40).map((mark) => {
        const style = getComputedStyle(mark);
        const parent = getComputedStyle(mark.parentElement!);
        const alpha = Number(style.backgroundColor.match(/rgba\([^)]*,\s*([\d.]+)\)/)?.[1] ?? (style.backgroundColor === 'rgba(0, 0, 0, 0)' ? 0 : 1));
        return { sameColour: style.color === parent.color, sameFont: style.font === parent.font, alpha };
      }),
    HIGHLIGHT);
    expect(looks.length).toBeGreaterThan(10);
    for (const look of looks) {
      expect(look.sameColour).toBe(true);
      expect(look.sameFont).toBe(true);
      // Tints are translucent: the page's dark background shows through, its light text stays on top.
      expect(look.alpha).toBeLessThan(0.4);
    }
  });
});
