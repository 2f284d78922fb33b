import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HIGHLIGHT, openArticle, tabIdOf } from './helpers';

const ARTICLE = [
  'Maryna Zolatava, the editor-in-chief of the independent news site Tut.by, was detained in Minsk on May 18, 2021, the Belarusian Association of Journalists said.',
  '“We will keep publishing,” said Maryna Zolatava before her arrest.',
  'More than 15 journalists of the site were questioned by investigators, according to the association.',
].join('\n\n');

/**
 * A pack file on disk of `copies` × (`articles` generated articles and the Tut.by report), built by a script
 * (the corpus code reads JSON modules, which Playwright's loader can't), handed to `use`, then removed.
 */
async function withPackFile(articles: number, copies: number, use: (path: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-pack-'));
  try {
    const path = join(dir, 'archive.json');
    const extra = { title: 'Tut.by editor detained', outlet: 'Press Freedom Monitor', published: '2021-05-18', text: ARTICLE };
    execFileSync(process.execPath, ['--import', 'tsx', 'tests/e2e/make-large-pack.ts', path, String(articles), String(copies), JSON.stringify(extra)]);
    await use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('adding documents to the corpus', () => {
  test('a pasted article’s names highlight on the next page, without reloading the extension', async ({ context, page, server, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Text of the article').fill(ARTICLE);
    await options.getByLabel('Title').fill('Tut.by editor detained');
    await options.getByLabel('Outlet').fill('Press Freedom Monitor');
    await options.getByLabel('Published').fill('2021-05-18');
    await options.getByRole('button', { name: 'Add to corpus' }).click();
    await expect(options.getByRole('status')).toContainText('Added 1 document');
    await expect(options.locator('.fm-documents li', { hasText: 'Tut.by editor detained' })).toContainText('added by you');
    // Disabled while the import ran, the button lost focus; it has it back, so the keyboard user is where they were.
    await expect(options.getByRole('button', { name: 'Add to corpus' })).toBeFocused();

    await openArticle(page, server.url('newsroom.html'));
    const name = page.locator(`#p-editor ${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Maryna Zolatava' });
    await expect(name).toHaveAttribute('data-factmark-type', 'person');
    await name.hover();
    await expect(page.locator('factmark-ui .fm-card')).toContainText('Tut.by editor detained');
  });

  test('a default corpus article pasted under a title of its own is not added again', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('.fm-documents li')).toHaveCount(2);
    await options.getByLabel('Text of the article').fill(readFileSync('assets/corpus/kyivpost-2020-09-kremlin-wont-help.txt', 'utf8'));
    await options.getByLabel('Title').fill('The Kremlin and Minsk, saved for later');
    await options.getByRole('button', { name: 'Add to corpus' }).click();
    await expect(options.getByRole('status')).toHaveText('Nothing added: the document is already in the corpus.');
    await expect(options.locator('.fm-documents li')).toHaveCount(2);
  });

  test('"Add this page to the corpus" in the popup reads the page’s article, and its names highlight on the next page', async ({ context, page, server, serviceWorker, extensionId }) => {
    await page.goto(server.url('press-freedom.html'));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, page)}`);
    await popup.getByRole('button', { name: 'Add this page to the corpus' }).click();
    await expect(popup.locator('.fm-add-status')).toContainText('Added 1 document');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('.fm-documents li', { hasText: 'Tut.by editor detained as Minsk raids independent media' })).toContainText('Press Freedom Monitor');

    const next = await context.newPage();
    await openArticle(next, server.url('newsroom.html'));
    await expect(next.locator(`#p-editor ${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Maryna Zolatava' })).toHaveAttribute('data-factmark-type', 'person');
  });

  test('the page’s markup read for "Add this page" carries none of Factmark’s highlights or UI, and the page keeps them', async ({ page, server, serviceWorker }) => {
    await openArticle(page, server.url('article.html'));
    await page.locator('#p-power fm-mark[data-factmark="name"]').first().hover();
    await expect(page.locator('factmark-ui .fm-card')).toBeVisible();
    const tabId = await tabIdOf(serviceWorker, page);
    const { html } = (await serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page-html' }), tabId)) as { html: string };
    expect(html).toContain('Alyaksandr Lukashenka has ruled Belarus for more than 26 years');
    expect(html).toContain('<p id="p-loan">Vladimir Putin promised Minsk a $3 billion state loan in September.</p>');
    expect(html).not.toMatch(/fm-mark|data-factmark|factmark-ui/);
    await expect(page.locator(HIGHLIGHT).first()).toBeVisible();
    await expect(page.locator('factmark-ui .fm-card')).toBeVisible();
  });

  for (const [what, file, message] of [
    ['an empty file', { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') }, 'empty.txt: is empty.'],
    ['a binary file', { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]) }, 'photo.txt: is not text'],
    ['malformed JSON', { name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "factmark-pack", ') }, 'pack.json: is not valid JSON'],
    ['a 20 MB file', { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(20 * 1024 * 1024, 'word ') }, 'huge.txt: is 20.0 MB; the limit is 5 MB.'],
  ] as const) {
    test(`${what} gets a clear error and stores nothing`, async ({ context, extensionId }) => {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.locator('.fm-documents li')).toHaveCount(2);
      await options.locator('input[type=file]').setInputFiles(file);
      await expect(options.locator('.fm-status-error')).toContainText(message);
      await expect(options.locator('.fm-documents li')).toHaveCount(2);
    });
  }

  test('a document chosen again is not added twice, and once removed none of its names highlight', async ({ context, page, server, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const report = { name: 'tut-by-editor.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) };
    const other = { name: 'raids.txt', mimeType: 'text/plain', buffer: Buffer.from(`${ARTICLE}\n\nInvestigators searched the homes of three more reporters on May 19.`) };
    await options.locator('input[type=file]').setInputFiles(report);
    await expect(options.getByRole('status')).toContainText('Added 1 document');
    await options.locator('input[type=file]').setInputFiles([report, other]);
    await expect(options.getByRole('status')).toContainText('Added 1 document: ');
    await expect(options.getByRole('status')).toContainText('1 document was already in the corpus and left as it was.');
    await options.locator('input[type=file]').setInputFiles(report);
    await expect(options.getByRole('status')).toHaveText('Nothing added: the document is already in the corpus.');
    await expect(options.locator('.fm-documents li')).toHaveCount(2 + 2);

    const workers: string[] = [];
    options.on('worker', (worker) => workers.push(worker.url()));
    // From the keyboard: the user keeps their place, on the Remove button left in the removed one's place.
    await options.getByRole('button', { name: 'Remove tut-by-editor' }).focus();
    await options.keyboard.press('Enter');
    await expect(options.getByRole('status')).toHaveText('Removed “tut-by-editor”.');
    await expect(options.getByRole('button', { name: 'Remove raids' })).toBeFocused();
    // Its segment is compiled again afterwards, in a worker of the options page (never in the service worker), and no removal is left pending.
    await expect.poll(() => workers.filter((url) => /\/import\.worker[^/]*\.js$/.test(url)).length).toBe(1);
    await expect.poll(() => pendingRemovals(options)).toBeNull();
    await options.keyboard.press('Enter');
    await expect(options.locator('.fm-documents li')).toHaveCount(2);
    await expect(options.getByRole('heading', { name: 'Documents (2)' })).toBeFocused();
    await page.goto(server.url('newsroom.html'));
    await expect(page.locator(`${HIGHLIGHT}[data-factmark="name"]`).first()).toBeVisible();
    await expect(page.locator(`${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Maryna Zolatava' })).toHaveCount(0);
  });

  test('"Remove all" takes every document the user added, after a confirmation, and their names stop highlighting', async ({ context, page, server, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const files = ['minsk', 'grodno', 'brest'].map((city) => ({
      name: `${city}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${ARTICLE}\n\nThe association’s monitors filed this dispatch from ${city}.`),
    }));
    await options.locator('input[type=file]').setInputFiles(files);
    await expect(options.getByRole('status')).toContainText('Added 3 documents');
    await options.getByRole('button', { name: 'Remove all 3 documents you added' }).click();
    await expect(options.getByRole('group')).toContainText('Remove the 3 documents you added');
    await options.getByRole('button', { name: 'Remove them' }).click();
    await expect(options.getByRole('status')).toHaveText('Removed 3 documents.');
    await expect(options.getByRole('heading', { name: 'Documents (2)' })).toBeFocused();
    await expect(options.locator('.fm-documents li')).toHaveCount(2);
    await expect(options.getByRole('button', { name: /you added/ })).toHaveCount(0);

    await page.goto(server.url('newsroom.html'));
    await expect(page.locator(`${HIGHLIGHT}[data-factmark="name"]`).first()).toBeVisible();
    await expect(page.locator(`${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Maryna Zolatava' })).toHaveCount(0);
  });

  test('an HTML page with scripts is imported as its article, never run', async ({ context, extensionId }) => {
    const options = await context.newPage();
    const dialogs: string[] = [];
    options.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const html = `<html><head><title>Editor detained</title><script>alert('run')</script></head><body><nav>Home · World</nav>
      <article><h1>Editor detained</h1><p>${ARTICLE.replace(/\n\n/g, '</p><p>')}</p><img src=x onerror="alert('img')"></article></body></html>`;
    await options.locator('input[type=file]').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect(options.getByRole('status')).toContainText('Added 1 document');
    expect(dialogs).toEqual([]);
  });

  test('reading many documents happens off the page’s main thread: the page shows how far it got, then stores them', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('.fm-documents li')).toHaveCount(2);
    const files = Array.from({ length: 1_000 }, (_, i) => ({
      name: `dispatch-${i}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${ARTICLE}\n\nDispatch ${i} of the series, filed from Minsk by the association’s monitors.`),
    }));
    // Every value the progress bar takes, as the page renders it.
    await options.evaluate(() => {
      const seen: number[] = ((window as unknown as { seen: number[] }).seen = []);
      new MutationObserver(() => {
        const bar = document.querySelector('progress.fm-progress') as HTMLProgressElement | null;
        if (bar && bar.value !== seen[seen.length - 1]) seen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await options.locator('input[type=file]').setInputFiles(files);
    await expect(options.getByRole('status')).toContainText('Added 1,000 documents', { timeout: 120_000 });
    // A page blocked by ingestion would render nothing until it was over: here the bar moved while the documents were read.
    const seen = await options.evaluate(() => (window as unknown as { seen: number[] }).seen);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const bar = options.locator('progress.fm-progress');
    await expect(bar).toHaveCount(0);
    // The list counts them all and shows a page of them, and finds one by its title.
    await expect(options.getByRole('heading', { name: 'Documents (1,002)' })).toBeVisible();
    await expect(options.locator('.fm-documents li')).toHaveCount(200);
    await expect(options.getByRole('button', { name: 'Show 200 more of 802' })).toBeVisible();
    await options.getByRole('searchbox', { name: 'Find a document' }).fill('dispatch 517');
    await expect(options.locator('.fm-documents li')).toHaveText([/^dispatch-517/]);
  });

  test('a pack file is checked, stored and compiled in a worker of the options page, and its names highlight', async ({ context, page, server, extensionId }) => {
    await withPackFile(20, 1, async (path) => {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.locator('.fm-documents li')).toHaveCount(2);
      // Workers from here on: the page starts one as it opens, to compile again segments documents were removed from.
      const workers: string[] = [];
      options.on('worker', (worker) => workers.push(worker.url()));
      await options.locator('input[type=file]').setInputFiles(path);
      await expect(options.getByRole('status')).toContainText(/^Added 21 documents: /);
      // Storing joins entities, writes every record and compiles the matcher: seconds for a large pack, none of it on the page's thread.
      expect(workers.filter((url) => /\/import\.worker[^/]*\.js$/.test(url))).toHaveLength(1);
      await expect(options.locator('.fm-documents li')).toHaveCount(2 + 21);
    });
    await openArticle(page, server.url('newsroom.html'));
    await expect(page.locator(`#p-editor ${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Maryna Zolatava' })).toHaveAttribute('data-factmark-type', 'person');
  });

  test('a pack file larger than a browser message (64 MiB) is imported whole, its names highlight, and one of its documents is removed', async ({ context, page, server, extensionId }) => {
    test.setTimeout(180_000);
    // 3,030 documents: 100 generated articles and the Tut.by report, 30 times over under new ids.
    await withPackFile(100, 30, async (path) => {
      expect(statSync(path).size).toBeGreaterThan(64 * 1024 * 1024);
      // Playwright hands over buffers up to 50 MB only: the file goes from disk, as a user's would.
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.locator('input[type=file]').setInputFiles(path);
      await expect(options.getByRole('status')).toContainText(/^Added 3,030 documents: /, { timeout: 150_000 });
      await options.reload();
      await expect(options.getByRole('heading', { name: 'Documents (3,032)' })).toBeVisible();
      // The report is in each of the 30 copies.
      await options.getByRole('searchbox', { name: 'Find a document' }).fill('tut.by editor');
      await expect(options.locator('.fm-documents li')).toHaveCount(30);
      await expect(options.locator('.fm-find')).toContainText('30 of 3,032');
      // Removing one marks it at once; its 3,030-document segment is compiled again afterwards, in the page's worker.
      await options.getByRole('button', { name: 'Remove Tut.by editor detained' }).first().click();
      await expect(options.getByRole('status')).toHaveText('Removed “Tut.by editor detained”.');
      await expect(options.locator('.fm-documents li')).toHaveCount(29);
      await expect.poll(() => pendingRemovals(options), { timeout: 60_000 }).toBeNull();
    });
    await openArticle(page, server.url('newsroom.html'));
    await expect(page.locator(`#p-editor ${HIGHLIGHT}[data-factmark="name"]`, { hasText: 'Maryna Zolatava' })).toHaveAttribute('data-factmark-type', 'person');
  });
});

/** The documents removed from segments not compiled again yet, as the extension's database holds them (an extension page shares it). */
function pendingRemovals(extensionPage: Page): Promise<unknown> {
  return extensionPage.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('removals');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result?.value ?? null);
          };
        };
      }),
  );
}
