import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openArticle, settledFindings } from './helpers';

/** How a highlight looks without colour: its underline, and the marker glyph drawn before it. */
function look(mark: Locator) {
  return mark.evaluate((el) => {
    const css = getComputedStyle(el);
    const marker = getComputedStyle(el, '::before').content;
    return {
      line: css.textDecorationLine,
      style: css.textDecorationLine === 'none' ? 'none' : css.textDecorationStyle,
      marker: marker === 'none' || marker === 'normal' ? '' : marker.replace(/\s*\/\s*""$/, ''),
    };
  });
}

/**
 * The red ink in `region` (a page rectangle): the contradicted claim's wavy
 * underline, read from a screenshot as a reader sees it — which rows hold
 * some, and how much there is per pixel column.
 */
async function redInk(page: Page, region: { x: number; y: number; width: number; height: number }): Promise<{ rows: number[]; perColumn: number }> {
  const png = (await page.screenshot({ clip: region })).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data: px } = ctx.getImageData(0, 0, image.width, image.height);
    const rows: number[] = [];
    let total = 0;
    for (let y = 0; y < image.height; y++) {
      let red = 0;
      for (let x = 0; x < image.width; x++) {
        const i = (y * image.width + x) * 4;
        if (px[i] > 170 && px[i + 1] < 110 && px[i + 2] < 110) red++;
      }
      if (red >= 2) rows.push(y);
      total += red;
    }
    return { rows, perColumn: total / image.width };
  }, png);
}

test.describe('highlight styles', () => {
  test('every kind and verdict looks different without colour, and problems carry a line style or a marker', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    const looks = {
      name: await look(page.locator('#p-power fm-mark[data-factmark="name"]').first()),
      supported: await look(page.locator('#p-detained > fm-mark[data-factmark="claim"]').first()),
      contradicted: await look(page.locator('#p-loan > fm-mark[data-factmark="claim"]').first()),
      exact: await look(page.locator('#q-tikhanovskaya fm-mark[data-factmark="quote"]').first()),
      altered: await look(page.locator('#q-altered fm-mark[data-factmark="quote"]').first()),
      misattributed: await look(page.locator('#q-misattributed fm-mark[data-factmark="quote"]').first()),
    };
    expect(looks).toEqual({
      name: { line: 'underline', style: 'solid', marker: '' },
      supported: { line: 'none', style: 'none', marker: '"✓"' },
      contradicted: { line: 'underline', style: 'wavy', marker: '"✗"' },
      exact: { line: 'none', style: 'none', marker: '"✓"' },
      altered: { line: 'underline', style: 'dashed', marker: '"≠"' },
      misattributed: { line: 'underline', style: 'double', marker: '"?"' },
    });
    // Told apart without colour: no two verdicts of a kind look the same.
    const quotes = [looks.exact, looks.altered, looks.misattributed].map((l) => JSON.stringify(l));
    expect(new Set(quotes).size).toBe(3);
    expect(new Set([looks.supported, looks.contradicted].map((l) => JSON.stringify(l))).size).toBe(2);

    // The marker is drawn out of flow: the highlight itself gains no room.
    const marker = await page.locator('#p-loan > fm-mark[data-factmark="claim"]').first().evaluate((el) => {
      const css = getComputedStyle(el, '::before');
      return { position: css.position, own: getComputedStyle(el).padding + ' ' + getComputedStyle(el).margin };
    });
    expect(marker).toEqual({ position: 'absolute', own: '0px 0px' });
  });

  test('a name inside a contradicted claim leaves the claim’s wavy underline fully visible', async ({ page, server, serviceWorker }) => {
    await openArticle(page, server.url('article.html'));
    await settledFindings(serviceWorker, page);
    const claim = page.locator('#p-loan > fm-mark[data-factmark="claim"]').first();
    const name = claim.locator('fm-mark[data-factmark="name"]', { hasText: 'Vladimir Putin' });
    await expect(name).toHaveCount(1);
    await page.mouse.move(0, 0);

    // The band under the line of text, below the name and below plain claim text ("state loan").
    const band = async (box: { x: number; y: number; width: number; height: number }) =>
      redInk(page, { x: Math.round(box.x) + 2, y: Math.round(box.y + box.height * 0.55), width: Math.round(box.width) - 4, height: Math.round(box.height * 0.9) });
    const nameBox = (await name.boundingBox())!;
    const plainBox = await page.evaluate(() => {
      const claimEl = document.querySelector('#p-loan > fm-mark[data-factmark="claim"]')!;
      const walker = document.createTreeWalker(claimEl, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf('state loan');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'state loan'.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return null;
    });
    expect(plainBox).not.toBeNull();
    const underName = await band(nameBox);
    const underPlain = await band(plainBox!);
    expect(underPlain.rows.length).toBeGreaterThan(1);
    // The wave is as tall and as inked under the name as anywhere else on the claim: the name's own line hides none of it.
    expect(underName.rows.length).toBe(underPlain.rows.length);
    expect(underName.perColumn).toBeGreaterThan(underPlain.perColumn * 0.85);
  });

  test('highlights are not tab stops: tabbing through the article never lands on one', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    expect(await page.locator('fm-mark[data-factmark]:not([tabindex="-1"])').count()).toBe(0);
    await page.locator('#search').focus();
    const visited: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? ''));
    }
    expect(visited).not.toContain('fm-mark');
    // From the search box, Tab goes to the page's own controls: its button, then the comment form.
    expect(visited.slice(0, 3)).toEqual(['button', 'textarea', 'div']);
  });
});
