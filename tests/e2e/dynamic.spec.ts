import { expect, test } from './fixtures';
import { HIGHLIGHT, openArticle, settledFindings } from './helpers';

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

  test('a single-page navigation reads the page again with its new date, and so does going back', async ({ page, server }) => {
    await openArticle(page, server.url('spa.html'));
    const claim = (id: string) => page.locator(`#${id} > fm-mark[data-factmark="claim"]`).first();
    // The home page is dated 2023: the archive's "27 years" in power then began after 1994, when the source's began.
    await expect(claim('archive-claim')).toHaveAttribute('data-factmark-verdict', 'contradicted');

    await page.locator('#to-story').click();
    await expect(page).toHaveURL(/story=russia-protests/);
    // The story is dated 2021: its claim, and the unchanged archive paragraph, are judged with that date.
    await expect(claim('story-text')).toHaveAttribute('data-factmark-verdict', 'supported');
    await expect(page.locator(`#story-text ${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Alexei Navalny' })).toHaveCount(1);
    await expect(claim('archive-claim')).toHaveAttribute('data-factmark-verdict', 'supported');

    await page.goBack();
    await expect(page.locator('#home')).toBeVisible();
    await expect(claim('archive-claim')).toHaveAttribute('data-factmark-verdict', 'contradicted');
    await expect(page.locator(`#archive-claim ${HIGHLIGHT} ${HIGHLIGHT} ${HIGHLIGHT}`)).toHaveCount(0);
  });

  test('content the page reveals later is highlighted: a paywall lifted, a <details> opened, a hidden note shown, a tab switched', async ({ page, server, serviceWorker }) => {
    await openArticle(page, server.url('reveal.html'));
    await settledFindings(serviceWorker, page);
    for (const [action, where, name] of [
      ['#subscribe', '#p-rest', 'Svetlana Tikhanovskaya'],
      ['#more > summary', '#p-details', 'OVD-Info'],
      ['#show-note', '#p-note', 'Alexei Navalny'],
      ['#tab-2', '#p-tab', 'NEXTA'],
    ] as const) {
      await expect(page.locator(`${where} ${HIGHLIGHT}`)).toHaveCount(0);
      await page.locator(action).click();
      await expect(page.locator(where)).toBeVisible();
      await expect(page.locator(`${where} ${HIGHLIGHT}[data-factmark="name"]`, { hasText: name })).toHaveCount(1, { timeout: 1_500 });
    }
  });

  test('a page that replaces its <body> is watched on', async ({ page, server }) => {
    await openArticle(page, server.url('body-swap.html'));
    await page.locator('#load').click();
    await expect(page.locator(`#p-first ${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Alexei Navalny' })).toHaveCount(1);
    // Added later to the new body.
    await expect(page.locator(`#p-later ${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'OVD-Info' })).toHaveCount(1);
  });
});

