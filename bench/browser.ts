/**
 * Browser benchmark (issue: the page's main thread stays free): loads the
 * built extension into Chromium, opens a generated long page, and measures
 * long tasks against the same page without the extension, the time to the
 * first highlight, the time to highlight everything, and the popup's first
 * view. Figures are medians of several runs; nothing here is a pass/fail test.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, chromiumArgs } from '../tests/e2e/chromium';
import { openPopupObserver, timeToolbarPopup } from '../tests/e2e/toolbar-popup';
import { generatePage } from './browser-page';

const RUNS = 3;

export interface BrowserBenchRow {
  page: string;
  words: number;
  /** Longest long task (ms) and count of tasks over 50 ms, with the extension. Times are from the page's load event. */
  longestTaskMs: number;
  longTasks: number;
  /** The same without the extension: the page's own baseline. */
  baselineLongestTaskMs: number;
  baselineLongTasks: number;
  firstHighlightMs: number | null;
  allHighlightedMs: number | null;
  highlights: number;
  /** From the toolbar popup's navigation start to its findings on screen. */
  popupFirstViewMs: number | null;
  /** From the popup's own script starting to its findings on screen: the part Factmark controls. */
  popupOwnMs: number | null;
}

/** Chromium with a fresh profile (and the built extension, if asked), removed on close. */
export async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-bench-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: chromiumArgs(withExtension) });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Records long tasks and the first Factmark highlight from the start of navigation. */
const PROBE = `
  window.__bench = { longTasks: [], firstHighlight: null };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  new MutationObserver((records, observer) => {
    if (document.querySelector('fm-mark[data-factmark]')) { window.__bench.firstHighlight = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

interface PageRun {
  longTasks: number[];
  firstHighlight: number | null;
  allHighlighted: number | null;
  highlights: number;
  popup: number | null;
  popupOwn: number | null;
}

async function measure(context: BrowserContext, url: string, withExtension: boolean): Promise<PageRun> {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(url, { waitUntil: 'load' });
  let allHighlighted: number | null = null;
  let popup: number | null = null;
  let popupOwn: number | null = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
    for (let i = 0; i < 300; i++) {
      const findings = await worker.evaluate((id) => chrome.tabs.sendMessage(id!, { type: 'findings' }).catch(() => null), tabId);
      if (findings && !(findings as { scanning: boolean }).scanning) break;
      await page.waitForTimeout(50);
    }
    allHighlighted = await page.evaluate(
      () => performance.now() - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    );
    // The real toolbar popup, reporting on this page (the observer tab stays in the background).
    const observer = await openPopupObserver(context, worker);
    await page.bringToFront();
    const timing = await timeToolbarPopup(worker, observer);
    [popup, popupOwn] = [timing.firstViewMs, timing.ownMs];
    await observer.close();
  } else {
    await page.waitForTimeout(1500);
  }
  await page.waitForTimeout(300);
  const probe = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { longTasks: number[]; firstHighlight: number | null } }).__bench;
    const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    // Reported from the page's load event, as a reader perceives it.
    const firstHighlight = bench.firstHighlight === null ? null : bench.firstHighlight - loaded;
    return { longTasks: bench.longTasks, firstHighlight, highlights: document.querySelectorAll('fm-mark[data-factmark]').length };
  });
  await page.close();
  return { longTasks: probe.longTasks, firstHighlight: probe.firstHighlight, allHighlighted, highlights: probe.highlights, popup, popupOwn };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};
const medianOrNull = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.round(median(known)) : null;
};

export async function runBrowserBench(sizes = [2_000, 10_000, 50_000]): Promise<BrowserBenchRow[]> {
  const pages = new Map(sizes.map((words) => [`/long-${words}.html`, generatePage(words)]));
  const server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: BrowserBenchRow[] = [];
  try {
    for (const words of sizes) {
      const url = `${origin}/long-${words}.html`;
      const withExt: PageRun[] = [];
      const without: PageRun[] = [];
      for (let run = 0; run < RUNS; run++) {
        // A fresh profile each run: no cache, the extension seeds its corpus first (as on install).
        const a = await launch(true);
        await measure(a.context, url, true); // warm-up: seeding and compiling happen on first use
        withExt.push(await measure(a.context, url, true));
        await a.close();
        const b = await launch(false);
        without.push(await measure(b.context, url, false));
        await b.close();
      }
      const over = (r: PageRun) => r.longTasks.filter((d) => d > 50);
      rows.push({
        page: `long-${words}`,
        words,
        longestTaskMs: Math.round(median(withExt.map((r) => Math.max(0, ...r.longTasks)))),
        longTasks: median(withExt.map((r) => over(r).length)),
        baselineLongestTaskMs: Math.round(median(without.map((r) => Math.max(0, ...r.longTasks)))),
        baselineLongTasks: median(without.map((r) => over(r).length)),
        firstHighlightMs: medianOrNull(withExt.map((r) => r.firstHighlight)),
        allHighlightedMs: medianOrNull(withExt.map((r) => r.allHighlighted)),
        highlights: median(withExt.map((r) => r.highlights)),
        popupFirstViewMs: medianOrNull(withExt.map((r) => r.popup)),
        popupOwnMs: medianOrNull(withExt.map((r) => r.popupOwn)),
      });
    }
  } finally {
    server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runBrowserBench();
  console.table(rows);
}
