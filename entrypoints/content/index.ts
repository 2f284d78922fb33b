import '../../src/page/highlights.css';
import cardCss from '../../src/ui/styles/card.css?inline';
import { askBackground } from '../../src/messaging/ask-background';
import { CardController } from '../../src/page/card-controller';
import { collectFindings, revealFinding } from '../../src/page/findings';
import { MutationWatcher } from '../../src/page/mutation-watcher';
import { PageOverlay } from '../../src/page/page-overlay';
import { pageDate } from '../../src/page/page-date';
import { pageHtml } from '../../src/page/page-html';
import { PageSession } from '../../src/page/page-session';
import { PageScanner } from '../../src/page/scanner';
import { SelectionController } from '../../src/page/selection-controller';
import { answerTabRequests, type MessageEvents } from '../../src/page/tab-messages';
import type { Timers } from '../../src/page/timers';
import type { FindingsResponse, TabRequest } from '../../src/shared/messages';

/** After a single-page navigation, how long the app gets to render its new view before the page is read again. */
const NAVIGATION_SETTLE_MS = 300;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const report = (error: unknown) => console.warn('Factmark:', error);
    // Every timer goes through the context: none fires after the extension is reloaded or updated.
    const timers: Timers = { setTimeout: (handler, ms) => ctx.setTimeout(handler, ms), clearTimeout: (id) => clearTimeout(id) };
    // The date every verdict on the page was judged with; a navigation that changes it re-reads the page.
    let judgedWithDate = pageDate(document);
    let watcher: MutationWatcher | null = null;
    // What the popup is told, kept until the highlights or the page change: the popup's question is answered at once.
    let findings: FindingsResponse | null = null;
    // Set once the UI is mounted; a share command before that finds no bar to focus.
    let selection: SelectionController | null = null;
    const changed = () => {
      findings = null;
    };
    const scanner: PageScanner = new PageScanner({
      // Read at each request: a single-page app may have changed its metadata since the last one.
      match: (blocks) => askBackground({ type: 'match', blocks, pageDate: pageDate(document) }),
      isEligible: (block) => block.checkVisibility?.() ?? true,
      shows: (hit) => session.shows(hit.kind),
      yieldToPage: () => new Promise((resolve) => ctx.setTimeout(resolve, 0)),
      write: (change) => {
        changed();
        return watcher ? watcher.ignoreOwn(change) : change();
      },
    });
    const session = new PageSession(document, scanner);
    // Watch before the first scan, so content added meanwhile is not missed.
    watcher = new MutationWatcher(
      document,
      {
        onRoots: (roots) => {
          changed();
          for (const root of roots) session.rescan(root).catch(report);
        },
        onAttributes: (attributes) => {
          for (const root of scanner.takeRevealed(attributes)) session.rescan(root).catch(report);
        },
        onBody: (body) => {
          changed();
          session.rescan(body).catch(report);
        },
      },
      timers,
    );
    askBackground({ type: 'get-settings' })
      .then((settings) => session.apply(settings))
      .catch(report);

    // Single-page navigations (history.pushState, back and forward): the app swaps its view without a page
    // load. New content is caught by the watcher; the page's date may have changed too, and with it verdicts.
    let navigationTimer: number | undefined;
    const navigated = () => {
      changed();
      clearTimeout(navigationTimer);
      navigationTimer = ctx.setTimeout(() => {
        const date = pageDate(document);
        if (date !== judgedWithDate) {
          judgedWithDate = date;
          session.refresh().catch(report);
        } else {
          session.rescan(document.body).catch(report);
        }
      }, NAVIGATION_SETTLE_MS);
    };
    ctx.addEventListener(window, 'wxt:locationchange', navigated);
    ctx.addEventListener(window, 'popstate', navigated);

    ctx.onInvalidated(() => {
      watcher?.stop();
      scanner.clear(document.body);
    });

    const answer = (request: TabRequest): unknown => {
      switch (request.type) {
        case 'findings': {
          const scanning = scanner.busy || !session.settled;
          if (!findings || findings.scanning !== scanning || findings.active !== session.active) {
            findings = collectFindings(document, (el) => scanner.hitOf(el), scanner.sources, { scanning, active: session.active });
          }
          return findings;
        }
        case 'reveal':
          return { revealed: revealFinding(document, request.id, request.verdict) };
        case 'settings':
          changed();
          session.apply(request.settings).catch(report);
          return { ok: true };
        case 'step':
          return { stepped: session.step(request.direction) !== null };
        case 'share':
          return { shared: selection?.focusBar() ?? false };
        case 'page-html':
          // The page as it was made: without our highlights or our UI.
          return { html: pageHtml(document), url: location.href };
      }
    };
    answerTabRequests(browser.runtime.onMessage as unknown as MessageEvents, answer, ctx.signal);

    const ui = await createShadowRootUi(ctx, {
      name: 'factmark-ui',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: cardCss,
      onMount: (container) => new PageOverlay(container),
      onRemove: (overlay) => overlay?.destroy(),
    });
    ui.mount();
    const overlay = ui.mounted!;
    new CardController(document, scanner, overlay, ctx.signal, timers);
    selection = new SelectionController(document, scanner, overlay, ctx.signal, timers);
  },
});
