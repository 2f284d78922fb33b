import { expect, test } from './fixtures';
import { HIGHLIGHT } from './helpers';

test.describe('a React app', () => {
  test('keeps working while Factmark highlights text it re-renders', async ({ page, server }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url('live-blog.html'));

    const status = page.locator('#status');
    await expect(status.locator(`${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Alyaksandr Lukashenka' })).toHaveCount(1);
    // The app's own updates keep showing, and the text stays what React rendered (no leftovers of our wrapping).
    await expect(status).toHaveText(/^Alyaksandr Lukashenka has ruled Belarus for more than 26 years\. Updated ([3-9]|\d\d+) times\.$/, { timeout: 10_000 });

    // React swaps the name inside the highlighted paragraph: the new name shows and gets its own highlight.
    await page.locator('#swap').click();
    await expect(status).toHaveText(/^Vladimir Putin has ruled Belarus for more than 26 years\. Updated \d+ times\.$/);
    await expect(status.locator(`${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Vladimir Putin' })).toHaveCount(1);
    await expect(status.locator(`${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Lukashenka' })).toHaveCount(0);
    await page.locator('#swap').click();
    await expect(status.locator(`${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Alyaksandr Lukashenka' })).toHaveCount(1);

    // Items the app appends later are highlighted too.
    await expect(page.locator(`#feed li ${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Svetlana Tikhanovskaya' })).toHaveCount(1);
    await expect(page.locator('#feed li')).toHaveCount(3);
    expect(errors).toEqual([]);
  });
});
