/**
 * The import as a user does it, in Chromium with the built extension: files
 * chosen on the options page, from the click to "Added … documents". Uploaded
 * articles are read in the page's worker; a pack file is only checked,
 * compiled and stored. A fresh profile each time (the default corpus seeded first).
 */
import { launch } from './browser';

/** Paths of files on disk. */
export type UploadFiles = string | string[];

export interface BrowserImport {
  seconds: number;
  /** The options page's longest main-thread task once it shows the import under way: how long its progress could not move. */
  longestTaskMs: number;
  /** Then, removing one of the imported documents: from the click to "Removed …". */
  removeMs: number;
}

/** Seconds from choosing `files` on the options page to its summary, its longest task, and then a removal's time; throws with the page's message if the import fails. */
export async function importInChromium(files: UploadFiles): Promise<BrowserImport> {
  const { context, close } = await launch(true);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    // The default corpus is listed once seeded: the import starts on a ready extension, as a user's would.
    await options.locator('.fm-documents li').first().waitFor({ timeout: 60_000 });
    await options.evaluate(() => {
      const tasks: { start: number; ms: number }[] = [];
      (window as unknown as { factmarkTasks: typeof tasks }).factmarkTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, ms: entry.duration });
      }).observe({ type: 'longtask' });
    });
    const start = Date.now();
    await options.locator('input[type=file]').setInputFiles(files);
    // The task that takes the chosen files in (the browser's, for a thousand files, and ours starting to read them) ends before the page shows it is busy.
    await options.locator('.fm-status-busy, .fm-status-done, .fm-status-error').waitFor({ timeout: 600_000 });
    const busySince = await options.evaluate(() => performance.now());
    const status = options.locator('.fm-status-done, .fm-status-error');
    await status.waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - start) / 1000;
    const text = (await status.textContent()) ?? '';
    if (!text.startsWith('Added')) throw new Error(`the import failed: ${text}`);
    // Long tasks are reported after they end: a moment more lets the last of them in.
    const longestTaskMs = await options.evaluate(
      (since) =>
        new Promise<number>((resolve) =>
          setTimeout(() => {
            const tasks = (window as unknown as { factmarkTasks: { start: number; ms: number }[] }).factmarkTasks;
            resolve(Math.max(0, ...tasks.filter((t) => t.start >= since).map((t) => t.ms)));
          }, 200),
        ),
      busySince,
    );
    // One document of the import removed, as a user would: the segment holding it is a thousand documents.
    const removeStart = Date.now();
    await options.locator('.fm-documents li button').first().click();
    await options.locator('.fm-status-done, .fm-status-error', { hasText: /^Removed/ }).waitFor({ timeout: 120_000 });
    const removeMs = Date.now() - removeStart;
    return { seconds: Number(seconds.toFixed(2)), longestTaskMs: Math.round(longestTaskMs), removeMs };
  } finally {
    await close();
  }
}
