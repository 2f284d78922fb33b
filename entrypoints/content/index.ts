import '../../src/page/highlights.css';
import cardCss from '../../src/ui/styles/card.css?inline';
import { askBackground } from '../../src/messaging/ask-background';
import { CardController } from '../../src/page/card-controller';
import { collectFindings, revealFinding } from '../../src/page/findings';
import { MutationWatcher } from '../../src/page/mutation-watcher';
import { PageOverlay } from '../../src/page/page-overlay';
import { pageDate } from '../../src/page/page-date';
import { PageSession } from '../../src/page/page-session';
import { PageScanner } from '../../src/page/scanner';
import { SelectionController } from '../../src/page/selection-controller';
import type { TabRequest } from '../../src/shared/messages';
import { parseTabRequest } from '../../src/shared/validate-message';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const report = (error: unknown) => console.warn('Factmark:', error);
    const date = pageDate(document);
    let watcher: MutationWatcher | null = null;
    const scanner: PageScanner = new PageScanner({
      match: (blocks) => askBackground({ type: 'match', blocks, pageDate: date }),
      isEligible: (block) => block.checkVisibility?.() ?? true,
      shows: (hit) => session.shows(hit.kind),
      yieldToPage: () => new Promise((resolve) => ctx.setTimeout(resolve, 0)),
      write: (change) => (watcher ? watcher.ignoreOwn(change) : change()),
    });
    const session = new PageSession(document, scanner);
    // Watch before the first scan, so content added meanwhile is not missed.
    watcher = new MutationWatcher(document.body, (roots) => {
      for (const root of roots) session.rescan(root).catch(report);
    });
    askBackground({ type: 'get-settings' })
      .then((settings) => session.apply(settings))
      .catch(report);
    ctx.onInvalidated(() => {
      watcher?.stop();
      scanner.clear(document.body);
    });

    const answer = (request: TabRequest): unknown => {
      switch (request.type) {
        case 'findings':
          return collectFindings(document, (el) => scanner.hitOf(el), scanner.sources, {
            scanning: scanner.busy || !session.settled,
            active: session.active,
          });
        case 'reveal':
          return { revealed: revealFinding(document, request.id) };
        case 'settings':
          session.apply(request.settings).catch(report);
          return { ok: true };
        case 'step':
          return { stepped: session.step(request.direction) !== null };
        case 'page-html':
          return { html: document.documentElement.outerHTML, url: location.href };
      }
    };
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      try {
        sendResponse(answer(parseTabRequest(message)));
      } catch (error) {
        sendResponse({ error: error instanceof Error ? error.message : String(error) });
      }
      return false;
    });

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
    new CardController(document, scanner, overlay, ctx.signal);
    new SelectionController(document, scanner, overlay, ctx.signal);
  },
});
