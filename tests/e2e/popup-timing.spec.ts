import { expect, test } from './fixtures';
import { openArticle, settledFindings } from './helpers';
import { openPopupObserver, timeToolbarPopup, type PopupTiming } from './toolbar-popup';

/** How many times the popup is opened; the median is reported. */
const OPENS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test('the popup’s first view: time from the toolbar button to the page’s findings on screen (reported, not asserted)', async ({ context, page, server, serviceWorker }) => {
  await openArticle(page, server.url('article.html'));
  await settledFindings(serviceWorker, page);
  const observer = await openPopupObserver(context, serviceWorker);
  await page.bringToFront();

  const timings: PopupTiming[] = [];
  for (let i = 0; i < OPENS; i++) timings.push(await timeToolbarPopup(serviceWorker, observer));

  // What the first view shows: the article's counts, every time.
  for (const timing of timings) expect(timing.counts).toMatch(/[1-9]\d* claims? · [1-9]\d* quotes? · [1-9]\d* names?/);
  // The first open pays for the popup's first page of the session; report it apart from the rest.
  const warm = timings.slice(1);
  const summary = {
    firstViewMs: Math.round(median(warm.map((t) => t.firstViewMs))),
    ownMs: Math.round(median(warm.map((t) => t.ownMs))),
    fromOpenPopupCallMs: Math.round(median(warm.map((t) => t.fromOpenMs))),
    coldFirstViewMs: Math.round(timings[0].firstViewMs),
    opens: timings.map((t) => Math.round(t.firstViewMs)),
  };
  console.log(`popup first view (median of ${warm.length} opens, ms): ${JSON.stringify(summary)}`);
  for (const [type, value] of Object.entries(summary)) test.info().annotations.push({ type: `popup ${type}`, description: String(value) });
  // Timings are noisy on a shared machine: only that the first view happened, in order, is asserted.
  expect(warm.every((t) => t.ownMs > 0 && t.ownMs <= t.firstViewMs && t.firstViewMs <= t.fromOpenMs + 1)).toBe(true);
});
