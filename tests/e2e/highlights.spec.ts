import { expect, test } from './fixtures';
import { HIGHLIGHT, openArticle, settledFindings } from './helpers';

test.describe('highlights on a news page', () => {
  test('marks corpus names with the DOM contract, on the right text', async ({ page, server }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openArticle(page, server.url('article.html'));

    const lukashenka = page.locator('#p-power fm-mark[data-factmark="name"]', { hasText: 'Alyaksandr Lukashenka' });
    await expect(lukashenka).toHaveAttribute('data-factmark-id', 'ent:alexander-lukashenko');
    await expect(lukashenka).toHaveAttribute('data-factmark-type', 'person');

    const ovd = page.locator('#p-detained fm-mark[data-factmark="name"]', { hasText: 'OVD-Info' });
    await expect(ovd).toHaveAttribute('data-factmark-type', 'organization');
    await expect(page.locator('#p-detained fm-mark[data-factmark="name"]', { hasText: 'Alexei Navalny' })).toHaveAttribute(
      'data-factmark-id',
      'ent:aleksei-navalny',
    );
    await expect(page.locator('#p-loan fm-mark[data-factmark="name"]', { hasText: 'Vladimir Putin' })).toHaveAttribute(
      'data-factmark-id',
      'ent:vladimir-putin',
    );
    expect(errors).toEqual([]);
  });

  test('judges claims against the corpus figures', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    const claim = (id: string) => page.locator(`#${id} > fm-mark[data-factmark="claim"]`).first();
    await expect(claim('p-detained')).toHaveAttribute('data-factmark-verdict', 'supported');
    await expect(claim('p-power')).toHaveAttribute('data-factmark-verdict', 'supported');
    await expect(claim('p-loan')).toHaveAttribute('data-factmark-verdict', 'contradicted');
    await expect(claim('p-rally')).toHaveAttribute('data-factmark-verdict', 'supported');
    await expect(page.locator(`#p-plain ${HIGHLIGHT}`)).toHaveCount(0);
  });

  test('leaves form fields, editable regions and navigation alone, and the page keeps working', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await expect(page.locator('#search')).toHaveValue('Navalny');
    await expect(page.locator(`#comment-form textarea ${HIGHLIGHT}, #draft ${HIGHLIGHT}, nav ${HIGHLIGHT}`)).toHaveCount(0);
    await expect(page.locator('#comment')).toHaveValue('Lukashenka must go');
    await expect(page.locator('#draft')).toHaveText('Draft: Putin again');
    // A comment outside the form is page content and is highlighted.
    await expect(page.locator(`.comment ${HIGHLIGHT}`, { hasText: 'Tikhanovskaya' })).toHaveCount(1);

    await page.locator('#like').click();
    await page.locator('#like').click();
    await expect(page.locator('#likes')).toHaveText('2');
  });

  test('highlights a paragraph the page adds after load', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await expect(page.locator('#p-update fm-mark[data-factmark="name"]', { hasText: 'Anti-Corruption Foundation' })).toHaveAttribute(
      'data-factmark-type',
      'organization',
    );
  });

  test('a page about something else gets no highlights', async ({ page, server, serviceWorker }) => {
    await page.goto(server.url('unrelated.html'));
    expect((await settledFindings(serviceWorker, page)).findings).toEqual([]);
    await expect(page.locator(HIGHLIGHT)).toHaveCount(0);
  });
});
