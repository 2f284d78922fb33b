import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { hoverText, openArticle } from './helpers';

/** Where keyboard focus is: a control inside the card (by class), or a highlight (by corpus id). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const outer = document.activeElement;
    const inner = outer?.shadowRoot?.activeElement;
    if (inner) return `card:${inner.className || inner.tagName.toLowerCase()}`;
    return outer?.getAttribute('data-factmark-id') ?? outer?.tagName.toLowerCase() ?? '';
  });
}

/** The card's and its highlight's boxes, and the viewport. */
function geometry(page: Page, anchorSelector: string) {
  return page.evaluate((selector) => {
    const card = document.querySelector('factmark-ui')!.shadowRoot!.querySelector('.fm-card')!.getBoundingClientRect();
    const anchor = document.querySelector(selector)!.getBoundingClientRect();
    return {
      card: { top: card.top, bottom: card.bottom, left: card.left, right: card.right },
      anchor: { top: anchor.top, bottom: anchor.bottom, left: anchor.left },
      viewport: { width: innerWidth, height: innerHeight },
    };
  }, anchorSelector);
}

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

  test('a fact check that quotes a denial: the denial is contradicted and its card says so; negations of other things are not', async ({ page, server }) => {
    await openArticle(page, server.url('fact-check.html'));
    const claimIn = (id: string) => page.locator(`#${id} fm-mark[data-factmark="claim"]`).first();
    await expect(claimIn('p-claim')).toHaveAttribute('data-factmark-verdict', 'contradicted');
    await expect(claimIn('p-record')).toHaveAttribute('data-factmark-verdict', 'supported');
    await expect(claimIn('p-return')).toHaveAttribute('data-factmark-verdict', 'supported');

    await hoverText(page, '#p-claim', 'did not detain');
    const card = page.locator('factmark-ui .fm-card');
    await expect(card.locator('.fm-verdict-label')).toHaveText('Contradicted by the source');
    await expect(card.locator('blockquote')).toContainText('Police were reported to have detained 3,711 people on January 23');
    await expect(card.locator('.fm-why')).toHaveText(/^Denied: the page says “did not detain”; the source states it\. \(claim match, score \d\.\d\d\)$/);
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

  test('hover intent: a quick pass over a highlight opens no card, resting on it does', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    // Record when the pointer arrives on the highlight and when a card first appears.
    await page.evaluate(() => {
      const probe = { arrived: 0, shown: 0 };
      (window as unknown as { probe: typeof probe }).probe = probe;
      const root = document.querySelector('factmark-ui')!.shadowRoot!;
      new MutationObserver(() => {
        if (!probe.shown && root.querySelector('.fm-card')) probe.shown = performance.now();
      }).observe(root, { childList: true, subtree: true });
      document.addEventListener('mouseover', (event) => {
        if ((event.target as Element).closest?.('fm-mark[data-factmark="name"]')) probe.arrived ||= performance.now();
      });
    });
    const probe = () => page.evaluate(() => (window as unknown as { probe: { arrived: number; shown: number } }).probe);
    const name = page.locator('#p-detained fm-mark[data-factmark="name"]', { hasText: 'OVD-Info' });
    const box = (await name.boundingBox())!;

    // The pointer crosses the name on its way elsewhere.
    await page.mouse.move(box.x - 40, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width + 40, box.y + 200);
    await page.waitForTimeout(800);
    expect((await probe()).arrived).toBeGreaterThan(0);
    expect((await probe()).shown).toBe(0);

    // The pointer stops on it: the card opens, after the intent delay.
    await page.evaluate(() => ((window as unknown as { probe: { arrived: number } }).probe.arrived = 0));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const card = page.locator('factmark-ui .fm-card');
    await expect(card.locator('.fm-title')).toHaveText('OVD-Info');
    const { arrived, shown } = await probe();
    expect(shown - arrived).toBeGreaterThanOrEqual(200);
  });

  test('from a focused highlight, Tab reaches the card’s controls, and Escape closes it and returns focus', async ({ context, page, server }) => {
    await openArticle(page, server.url('article.html'));
    const name = page.locator('#p-loan fm-mark[data-factmark="name"]', { hasText: 'Vladimir Putin' });
    await name.focus();
    const card = page.locator('factmark-ui .fm-card');
    await expect(card.locator('.fm-title')).toHaveText('Vladimir Putin');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:fm-close');
    // Shift+Tab goes back to the highlight, the card still open; Tab again goes in.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('ent:vladimir-putin');
    await expect(card).toBeVisible();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 12 && (await focused(page)) !== 'card:fm-open-source'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:fm-open-source');

    // Enter on "Open in source" opens the document.
    const opened = context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const source = await opened;
    await expect(source.locator('.fm-cited-sentence')).toHaveCount(1);
    await page.bringToFront();

    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    expect(await focused(page)).toBe('ent:vladimir-putin');
  });

  test('tabbing past the card’s last control closes it and leaves focus on the highlight', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await page.locator('#p-detained fm-mark[data-factmark="name"]', { hasText: 'OVD-Info' }).focus();
    const card = page.locator('factmark-ui .fm-card');
    await expect(card).toBeVisible();
    const controls = await card.locator('button, a[href]').count();
    for (let i = 0; i < controls; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^card:/);
    await page.keyboard.press('Tab');
    await expect(card).toHaveCount(0);
    expect(await focused(page)).toBe('ent:ovd-info');
  });

  test('the card stays inside the viewport near its edges and follows its highlight when the page scrolls', async ({ page, server }) => {
    await page.setViewportSize({ width: 800, height: 560 });
    await openArticle(page, server.url('article.html'));
    const claim = '#p-loan > fm-mark[data-factmark="claim"]';
    const inside = (g: Awaited<ReturnType<typeof geometry>>) =>
      g.card.top >= 0 && g.card.left >= 0 && g.card.bottom <= g.viewport.height && g.card.right <= g.viewport.width;

    // Mid-screen: the card opens below the claim.
    await page.locator(claim).first().evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120);
      (el as HTMLElement).focus({ preventScroll: true });
    });
    await expect(page.locator('factmark-ui .fm-card')).toBeVisible();
    const before = await geometry(page, claim);
    expect(inside(before)).toBe(true);
    expect(before.card.top).toBeGreaterThanOrEqual(before.anchor.bottom);

    // The page scrolls: the card moves with its claim.
    await page.evaluate(() => window.scrollBy(0, 60));
    await expect.poll(async () => {
      const g = await geometry(page, claim);
      return Math.round(g.card.top - g.anchor.top);
    }).toBe(Math.round(before.card.top - before.anchor.top));

    // Near the bottom edge: the card goes above the claim, still whole on screen.
    await page.evaluate((selector) => {
      const el = document.querySelector(selector)!;
      window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 10);
    }, claim);
    await expect.poll(async () => {
      const g = await geometry(page, claim);
      return inside(g) && g.card.bottom <= g.anchor.top;
    }).toBe(true);

    // Near the right edge (the sidebar): shifted left to stay whole on screen.
    const nexta = 'aside fm-mark[data-factmark="name"]';
    await page.locator(nexta).first().evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
      (el as HTMLElement).focus({ preventScroll: true });
    });
    await expect(page.locator('factmark-ui .fm-card .fm-title')).toHaveText('NEXTA');
    await expect.poll(async () => inside(await geometry(page, nexta))).toBe(true);
  });

  test('a name card shows the description, other spellings, how many documents mention it, and quotes by and about the person', async ({ page, server }) => {
    await openArticle(page, server.url('article.html'));
    await page.locator('#p-loan fm-mark[data-factmark="name"]', { hasText: 'Vladimir Putin' }).hover();
    const card = page.locator('factmark-ui .fm-card');
    await expect(card.locator('.fm-title')).toHaveText('Vladimir Putin');
    await expect(card.locator('.fm-kind')).toHaveText('Person · in 2 corpus documents');
    await expect(card.locator('.fm-description')).toHaveText('President');
    await expect(card.locator('.fm-aliases')).toHaveText('Also: Putin, President Vladimir Putin');
    // Nothing he said is in the corpus: what others said about him is labelled so, with who said it.
    await expect(card.getByRole('region', { name: 'Quotes by Vladimir Putin' })).toHaveCount(0);
    const about = card.getByRole('region', { name: 'Quotes mentioning Vladimir Putin' });
    await expect(about.locator('blockquote').first()).toContainText('Putin');
    await expect(about.locator('.fm-speaker').first()).toHaveText(/^— (Alesia Rudnik|Kenneth Yalowitz)$/);
    await expect(about.locator('.fm-source').first()).toContainText('RFE/RL');

    await page.mouse.move(0, 0);
    await expect(card).toHaveCount(0);
    await page.locator('#p-power fm-mark[data-factmark="name"]', { hasText: 'Lukashenka' }).hover();
    await expect(card.locator('.fm-title')).toHaveText('Alexander Lukashenko');
    await expect(card.locator('.fm-aliases')).toContainText('Alyaksandr Lukashenka');
    const by = card.getByRole('region', { name: 'Quotes by Alexander Lukashenko' });
    await expect(by).toContainText('if Belarus falls, Russia will be next.');
    await expect(by.locator('.fm-speaker')).toHaveCount(0);
    const mentioning = card.getByRole('region', { name: 'Quotes mentioning Alexander Lukashenko' });
    await expect(mentioning.locator('.fm-speaker')).toContainText(['— Oleg Chupryna']);
    await expect(mentioning).not.toContainText('if Belarus falls, Russia will be next.');
  });
});

