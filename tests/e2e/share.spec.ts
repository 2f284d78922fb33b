import { expect, test } from './fixtures';
import { openArticle, selectText } from './helpers';

test.describe('sharing an excerpt', () => {
  test('"Copy excerpt" puts the passage on the clipboard as Markdown with footnoted sources', async ({ context, page, server }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await openArticle(page, server.url('article.html'));
    await selectText(page, '#p-detained');

    const copy = page.locator('factmark-ui .fm-copy');
    await expect(copy).toHaveText('Copy excerpt');
    await copy.click();
    await expect(copy).toHaveText('Copied with citations');

    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const lines = markdown.split('\n');
    // A marker follows each corpus item: Russia (a place), OVD-Info, Alexei Navalny, and the claim (the whole sentence).
    expect(lines[0]).toBe('> In Russia[^1], police detained more than 3,700 people on January 23, according to OVD-Info[^2], as crowds demanded the release of Alexei Navalny[^3].[^4]');
    expect(markdown).toContain(`> — [Belarus protests: a year of defiance | The Daily Ledger](${server.url('article.html')})`);
    expect(markdown).toMatch(/^\[\^\d\]: \*\*OVD-Info\*\* — .*RFE\/RL, Jan\. 2021\. <https:\/\/www\.rferl\.org\/a\/31072626\.html>$/m);
    expect(markdown).toMatch(/^\[\^\d\]: \*\*Aleksei Navalny\*\* — /m);
    expect(markdown).toMatch(/^\[\^4\]: Police were reported to have detained 3,711 people on January 23.*RFE\/RL/m);
  });
});
