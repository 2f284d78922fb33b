import { HIGHLIGHT_TAG } from '../shared/constants';
import type { BackgroundRequest } from '../shared/messages';
import type { PageOverlay } from './page-overlay';
import type { PageScanner } from './scanner';

/** Hover intent: a card opens only when the pointer rests on a highlight, not when it passes over one. */
const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 300;
const SELECTOR = `${HIGHLIGHT_TAG}[data-factmark]`;

/** Opens the source card for a highlight on hover (with intent delay) or keyboard focus; Escape closes it. */
export class CardController {
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private openFor: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly scanner: PageScanner,
    private readonly overlay: PageOverlay,
    signal: AbortSignal,
  ) {
    const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, handler, { capture: true, passive: true, signal });
    on('mouseover', (event) => {
      const mark = highlightAt(event.target);
      if (!mark) return;
      this.cancelHide();
      if (mark === this.openFor) return;
      clearTimeout(this.showTimer);
      this.showTimer = setTimeout(() => this.show(mark), SHOW_DELAY_MS);
    });
    on('mouseout', (event) => {
      const from = highlightAt(event.target);
      if (!from || highlightAt(event.relatedTarget) === from) return;
      clearTimeout(this.showTimer);
      this.scheduleHide();
    });
    on('focusin', (event) => {
      const mark = highlightAt(event.target);
      if (mark) this.show(mark);
    });
    on('keydown', (event) => {
      if (event.key === 'Escape' && this.openFor) this.hide();
    });
    signal.addEventListener('abort', () => this.hide());
  }

  show(mark: Element): void {
    const placed = this.scanner.hitOf(mark);
    if (!placed) return;
    clearTimeout(this.showTimer);
    this.cancelHide();
    this.openFor = mark;
    this.overlay.update({
      card: {
        anchor: mark,
        hit: placed.hit,
        pageText: placed.text,
        context: this.scanner.sources[idOf(mark)],
        onClose: () => this.hide(),
        onOpenSource: (docId, sentenceId) => void this.openSource(docId, sentenceId),
        onPointerEnter: () => this.cancelHide(),
        onPointerLeave: () => this.scheduleHide(),
      },
    });
  }

  hide(): void {
    clearTimeout(this.showTimer);
    this.cancelHide();
    this.openFor = null;
    if (this.overlay.current.card) this.overlay.update({ card: null });
  }

  private openSource(docId: string, sentenceId: string | null): Promise<unknown> {
    return browser.runtime.sendMessage({ type: 'open-source', docId, sentenceId } satisfies BackgroundRequest);
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
  }
}

function highlightAt(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(SELECTOR) : null;
}

function idOf(mark: Element): string {
  return mark.getAttribute('data-factmark-id') ?? '';
}
