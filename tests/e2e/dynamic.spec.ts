import { expect, test } from './fixtures';
import { HIGHLIGHT, openArticle } from './helpers';

test.describe('dynamic pages', () => {
  test('stories added by infinite scroll are highlighted within a second', async ({ page, server }) => {
    await openArticle(page, server.url('feed.html'));
    await expect(page.locator(`#story-1 ${HIGHLIGHT}`, { hasText: 'Alexei Navalny' })).toHaveCount(1);
    for (const [id, name] of [
      ['story-2', 'Svetlana Tikhanovskaya'],
      ['story-3', 'NEXTA'],
      ['story-4', 'OVD-Info'],
    ]) {
      await page.mouse.wheel(0, 2000);
      await page.locator(`#${id}`).waitFor();
      await expect(page.locator(`#${id} ${HIGHLIGHT}[data-factmark="name"]`, { hasText: name })).toHaveCount(1, { timeout: 1_000 });
    }
    // The comment widget's text field is left alone.
    await expect(page.locator(`#comments-widget ${HIGHLIGHT}`)).toHaveCount(0);
    // Rescanning never wraps twice.
    await expect(page.locator(`#story-1 p ${HIGHLIGHT}[data-factmark="name"]`)).toHaveCount(1);
    await expect(page.locator(`#story-1 ${HIGHLIGHT} ${HIGHLIGHT}[data-factmark="name"] ${HIGHLIGHT}`)).toHaveCount(0);
  });

  test('a single-page navigation is rescanned', async ({ page, server }) => {
    await openArticle(page, server.url('feed.html'));
    await page.locator('#to-opinion').click();
    await expect(page.locator(`#opinion ${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Anti-Corruption Foundation' })).toHaveCount(1);
    await expect(page.locator(`#opinion ${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Sviatlana Tsikhanouskaya' })).toHaveAttribute(
      'data-factmark-id',
      'ent:svetlana-tikhanovskaya',
    );
  });
});
