import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, chromiumArgs } from './chromium';
import { expect, test } from './fixtures';
import { openArticle, selectText, settledFindings, tabIdOf } from './helpers';

test.describe('sharing an excerpt', () => {
  test('"Copy excerpt" puts the passage on the clipboard with footnoted sources: rich text, and Markdown as its plain text', async ({ context, page, server }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await openArticle(page, server.url('article.html'));
    await selectText(page, '#p-detained');

    const bar = page.getByRole('group', { name: 'Share this excerpt' });
    const copy = bar.locator('.fm-copy');
    await expect(copy).toHaveText('Copy excerpt');
    await copy.click();
    await expect(copy).toHaveText('Copied with citations');

    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const lines = markdown.split('\n');
    // A marker follows each corpus item: Russia (a place), OVD-Info, Alexei Navalny, and the claim (the whole sentence).
    expect(lines[0]).toBe('> In Russia[^1], police detained more than 3,700 people on January 23, according to OVD-Info[^2], as crowds demanded the release of Alexei Navalny[^3].[^4]');
    // The page is linked at the passage itself.
    expect(markdown).toContain(`> — [Belarus protests: a year of defiance | The Daily Ledger](${server.url('article.html')}#:~:text=In%20Russia%2C%20police%20detained,release%20of%20Alexei%20Navalny.)`);
    expect(markdown).toMatch(/^\[\^\d\]: \*\*OVD-Info\*\* — .*RFE\/RL, Jan\. 2021\. <https:\/\/www\.rferl\.org\/a\/31072626\.html>$/m);
    expect(markdown).toMatch(/^\[\^\d\]: \*\*Aleksei Navalny\*\* — /m);
    expect(markdown).toMatch(/^\[\^4\]: Police were reported to have detained 3,711 people on January 23.*RFE\/RL/m);

    // The rich text, as a word processor would paste it.
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item.getType('text/html')).text();
    });
    const pasted = await page.evaluate((markup) => {
      const root = document.createElement('div');
      root.innerHTML = markup;
      return {
        quote: root.querySelector('blockquote p')!.textContent,
        link: root.querySelector('blockquote a')!.getAttribute('href'),
        notes: [...root.querySelectorAll('ol li')].map((li) => li.textContent),
      };
    }, html);
    expect(pasted.quote).toBe('In Russia[1], police detained more than 3,700 people on January 23, according to OVD-Info[2], as crowds demanded the release of Alexei Navalny[3].[4]');
    expect(pasted.link).toBe(`${server.url('article.html')}#:~:text=In%20Russia%2C%20police%20detained,release%20of%20Alexei%20Navalny.`);
    expect(pasted.notes).toHaveLength(4);
    expect(pasted.notes[1]).toMatch(/^OVD-Info — .*RFE\/RL, Jan\. 2021\. https:\/\/www\.rferl\.org\/a\/31072626\.html$/);
  });

  test('"Copy link" gives a link that opens the page at the passage, even from a selection that cuts words', async ({ context, page, server }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await openArticle(page, server.url('article.html'));
    // "nalysts say … for both movemen": scroll-to-text finds whole words only.
    await page.evaluate(() => {
      const text = document.querySelector('#p-plain')!.firstChild as Text;
      getSelection()!.setBaseAndExtent(text, 1, text, text.length - 3);
    });
    const link = page.getByRole('group', { name: 'Share this excerpt' }).locator('.fm-copy-link');
    await link.click();
    await expect(link).toHaveText('Link copied');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(`${server.url('article.html')}#:~:text=Analysts%20say%20the%20winter,decisive%20for%20both%20movements`);

    // Opened in a short window, the page scrolls to the passage.
    const reader = await context.newPage();
    await reader.setViewportSize({ width: 1280, height: 360 });
    await reader.goto(url);
    await expect.poll(() => reader.evaluate(() => scrollY)).toBeGreaterThan(100);
    const box = await reader.locator('#p-plain').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(360);
  });

  test('"Save image" downloads the excerpt as a PNG', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await selectText(page, '#p-detained');
    const save = page.getByRole('group', { name: 'Share this excerpt' }).locator('.fm-save-image');
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toBe('factmark-excerpt.png');
    await expect(save).toHaveText('Image saved');
    const png = readFileSync((await download.path())!);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // Twice the layout's 960 px, for sharp text; tall enough for the passage and its four sources.
    expect(png.readUInt32BE(16)).toBe(1920);
    expect(png.readUInt32BE(20)).toBeGreaterThan(2 * 400);
  });

  test('the share command moves focus to the share bar of a selection, from where the keyboard shares it', async ({ context, page, server, serviceWorker }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await openArticle(page, server.url('article.html'));
    await settledFindings(serviceWorker, page);
    const tabId = await tabIdOf(serviceWorker, page);
    const share = () => serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'share' }), tabId);
    const focused = () => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? null);

    expect(await share()).toEqual({ shared: false });
    // A selection, made without the pointer.
    await page.evaluate(() => {
      const text = document.querySelector('#p-plain')!.firstChild!;
      getSelection()!.setBaseAndExtent(text, 0, text, 'Analysts say the winter'.length);
    });
    expect(await share()).toEqual({ shared: true });
    expect(await focused()).toBe('Copy excerpt');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Copy link');
    await page.keyboard.press('Enter');
    await expect(page.locator('factmark-ui .fm-copy-link')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url('article.html')}#:~:text=Analysts%20say%20the%20winter`);

    // Escape closes the bar and gives focus back to where the command found it.
    await page.locator('nav a', { hasText: 'World' }).focus();
    expect(await share()).toEqual({ shared: true });
    expect(await focused()).toBe('Copy excerpt');
    await page.keyboard.press('Escape');
    await expect(page.locator('factmark-ui .fm-share')).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('World');
  });

  test('on an http page, where the async clipboard is not offered, both copies still work', async ({ server }) => {
    // A host name that is not the loopback address: its http pages are not secure contexts.
    const port = new URL(server.origin).port;
    const userDataDir = mkdtempSync(join(tmpdir(), 'factmark-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...chromiumArgs(), '--host-resolver-rules=MAP news.test 127.0.0.1'],
    });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const page = await context.newPage();
      await openArticle(page, `http://news.test:${port}/article.html`);
      expect(await page.evaluate(() => isSecureContext)).toBe(false);
      // The clipboard is read from a secure page of the same browser.
      const reader = await context.newPage();
      await reader.goto(server.url('article.html'));
      const clipboard = () =>
        reader.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          const text = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : null);
          return { text: await text('text/plain'), html: await text('text/html') };
        });

      await page.bringToFront();
      await selectText(page, '#p-detained');
      const bar = page.getByRole('group', { name: 'Share this excerpt' });
      await bar.locator('.fm-copy').click();
      await expect(bar.locator('.fm-copy')).toHaveText('Copied with citations');
      const excerpt = await clipboard();
      expect(excerpt.text).toMatch(/^> In Russia\[\^1\], police detained/);
      expect(excerpt.html).toContain('<blockquote');

      await page.bringToFront();
      await bar.locator('.fm-copy-link').click();
      await expect(bar.locator('.fm-copy-link')).toHaveText('Link copied');
      expect((await clipboard()).text).toBe(`http://news.test:${port}/article.html#:~:text=In%20Russia%2C%20police%20detained,release%20of%20Alexei%20Navalny.`);
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
