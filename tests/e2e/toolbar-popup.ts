import type { BrowserContext, Page, Worker } from '@playwright/test';

/** How long a real toolbar popup took to show the page's findings, as its user sees it. */
export interface PopupTiming {
  /** From the popup document's navigation start to the findings on screen: what the user waits for once the popup opens. */
  firstViewMs: number;
  /**
   * From the `action.openPopup()` call to the findings on screen (wall clock). Headless Chromium spends
   * about 270 ms inside that call before the popup's document starts, whatever the popup holds.
   */
  fromOpenMs: number;
  /** From the popup's own script starting to the findings on screen: the part Factmark controls. */
  ownMs: number;
  /** The counts line the user read. */
  counts: string;
}

/**
 * Opens an extension page in a background tab: it reaches the toolbar popup's
 * window (`extension.getViews`), which Playwright does not list as a page. The
 * tab is inactive so the popup keeps reporting on the page the user is reading.
 */
export async function openPopupObserver(context: BrowserContext, worker: Worker): Promise<Page> {
  const opened = context.waitForEvent('page');
  const url = `chrome-extension://${new URL(worker.url()).host}/options.html`;
  await worker.evaluate((href) => chrome.tabs.create({ url: href, active: false }), url);
  const observer = await opened;
  await observer.waitForLoadState();
  return observer;
}

/**
 * Clicks the toolbar button (the real popup, not popup.html in a tab: a tab
 * adds a renderer swap no user waits for), waits for the findings, reads the
 * popup's timings and closes it. The active tab of the focused window is the one reported on.
 */
export async function timeToolbarPopup(worker: Worker, observer: Page): Promise<PopupTiming> {
  const openedAt = await worker.evaluate(async () => {
    const at = Date.now();
    await chrome.action.openPopup();
    return at;
  });
  // No named functions inside evaluate(): tsx (the benchmark) wraps them in a helper the page doesn't have.
  return observer.evaluate(async (clickedAt) => {
    // The popup's window: a DOM window of this extension (the declared type is the tabs API's window record).
    for (let attempt = 0; attempt < 250; attempt++) {
      const [popup] = chrome.extension.getViews({ type: 'popup' }) as unknown as (Window & typeof globalThis)[];
      const shown = popup?.performance.getEntriesByName('factmark:findings-shown')[0];
      if (popup && shown) {
        const started = popup.performance.getEntriesByName('factmark:script-start')[0].startTime;
        const timing = {
          fromOpenMs: (shown as PerformanceMark).detail.at - clickedAt,
          firstViewMs: shown.startTime,
          ownMs: shown.startTime - started,
          counts: popup.document.querySelector('.fm-counts')?.textContent ?? '',
        };
        popup.close();
        // The next click must open a new popup, not find this one closing.
        for (let wait = 0; wait < 100 && chrome.extension.getViews({ type: 'popup' }).length; wait++) await new Promise((done) => setTimeout(done, 10));
        return timing;
      }
      await new Promise((done) => setTimeout(done, 20));
    }
    throw new Error('the toolbar popup never showed the page’s findings');
  }, openedAt);
}
