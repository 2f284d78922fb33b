/**
 * The import as a user does it, in Chromium with the built extension: files
 * chosen on the options page, from the click to "Added … documents". Uploaded
 * articles are read in the page's worker; a pack file is only checked,
 * compiled and stored. A fresh profile each time (the default corpus seeded first).
 */
import { launch } from './browser';

export type UploadFiles = string | { name: string; mimeType: string; buffer: Buffer }[];

/** Seconds from choosing `files` on the options page to its summary; throws with the page's message if the import fails. */
export async function importInChromium(files: UploadFiles): Promise<number> {
  const { context, close } = await launch(true);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    // The default corpus is listed once seeded: the import starts on a ready extension, as a user's would.
    await options.locator('.fm-documents li').first().waitFor({ timeout: 60_000 });
    const start = Date.now();
    await options.locator('input[type=file]').setInputFiles(files);
    const status = options.locator('.fm-status-done, .fm-status-error');
    await status.waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - start) / 1000;
    const text = (await status.textContent()) ?? '';
    if (!text.startsWith('Added')) throw new Error(`the import failed: ${text}`);
    return Number(seconds.toFixed(2));
  } finally {
    await close();
  }
}
