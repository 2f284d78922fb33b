import { HIGHLIGHT_TAG } from '../shared/constants';
import type { BackgroundRequest } from '../shared/messages';
import type { PageOverlay } from './page-overlay';
import type { PageScanner } from './scanner';
import { windowTimers, type Timers } from './timers';

/** Hover intent: a card opens only when the pointer rests on a highlight, not when it passes over one. */
export const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 300;
const SELECTOR = `${HIGHLIGHT_TAG}[data-factmark]`;
const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Opens the source card for a highlight on hover (with intent delay) or
 * keyboard focus. From a focused highlight, Tab moves into the card and
 * through its buttons and links; Shift+Tab from the card's first control goes
 * back to the highlight, Tab past its last closes the card and leaves focus on
 * the highlight, so the page's own order continues from there. Escape closes
 * the card and returns focus to the highlight.
 */
export class CardController {
  private showTimer: number | undefined;
  private hideTimer: number | undefined;
  private openFor: HTMLElement | null = null;
  /** A highlight focus returns to: its focus must not open the card again. */
  private quietFocus: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly scanner: PageScanner,
    private readonly overlay: PageOverlay,
    signal: AbortSignal,
    private readonly timers: Timers = windowTimers,
  ) {
    const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, passive = true) =>
      doc.addEventListener(type, handler, { capture: true, passive, signal });
    on('mouseover', (event) => {
      const mark = highlightAt(event.target);
      if (!mark) return;
      this.cancelHide();
      // A keyboard user in the card keeps it: the pointer passing over another highlight does not replace it.
      if (mark === this.openFor || this.focusInCard()) return;
      this.timers.clearTimeout(this.showTimer);
      this.showTimer = this.timers.setTimeout(() => this.show(mark), SHOW_DELAY_MS);
    });
    on('mouseout', (event) => {
      const from = highlightAt(event.target);
      if (!from || highlightAt(event.relatedTarget) === from) return;
      this.timers.clearTimeout(this.showTimer);
      this.scheduleHide();
    });
    on('focusin', (event) => {
      const mark = highlightAt(event.target);
      if (!mark) return;
      if (mark === this.quietFocus) {
        this.quietFocus = null;
        return;
      }
      this.show(mark);
    });
    on('focusout', (event) => {
      // Focus left the highlight and its card for something else on the page: the card goes with it.
      const mark = this.openFor;
      if (!mark || (event.target !== mark && !this.isOverlayHost(event.target))) return;
      const to = event.relatedTarget;
      if (to === null || to === mark || this.isOverlayHost(to)) return;
      this.hide();
    });
    on('keydown', (event) => this.onKey(event), false);
    signal.addEventListener('abort', () => this.hide());
  }

  show(mark: Element): void {
    const placed = this.scanner.hitOf(mark);
    if (!placed) return;
    this.timers.clearTimeout(this.showTimer);
    this.cancelHide();
    this.openFor = mark as HTMLElement;
    this.overlay.update({
      card: {
        anchor: mark,
        hit: placed.hit,
        pageText: placed.text,
        context: this.scanner.sources[idOf(mark)],
        onClose: () => this.close(),
        onOpenSource: (docId, sentenceId) => void this.openSource(docId, sentenceId),
        onPointerEnter: () => this.cancelHide(),
        onPointerLeave: () => {
          // A keyboard user reading the card keeps it, wherever the pointer goes.
          if (!this.focusInCard()) this.scheduleHide();
        },
      },
    });
  }

  hide(): void {
    this.timers.clearTimeout(this.showTimer);
    this.cancelHide();
    this.openFor = null;
    if (this.overlay.current.card) this.overlay.update({ card: null });
  }

  /** Closes the card; if focus was on the highlight or in the card, it goes back to the highlight. */
  close(): void {
    const mark = this.openFor;
    const hadFocus = mark !== null && (this.doc.activeElement === mark || this.focusInCard());
    this.hide();
    if (mark && hadFocus && mark.isConnected) this.focusQuietly(mark);
  }

  private onKey(event: KeyboardEvent): void {
    const mark = this.openFor;
    if (!mark) return;
    if (event.key === 'Escape') {
      this.close();
      return;
    }
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const controls = this.cardControls();
    if (!controls.length) return;
    const inner = event.composedPath()[0];
    if (this.doc.activeElement === mark && !event.shiftKey) {
      event.preventDefault();
      controls[0].focus();
    } else if (this.overlay.inCard(inner as Node)) {
      const at = controls.indexOf(inner as HTMLElement);
      if (event.shiftKey && at === 0) {
        event.preventDefault();
        this.focusQuietly(mark);
      } else if (!event.shiftKey && at === controls.length - 1) {
        event.preventDefault();
        this.close();
      }
    }
  }

  private cardControls(): HTMLElement[] {
    const card = this.overlay.cardElement();
    return card ? [...card.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  }

  private focusInCard(): boolean {
    const host = this.overlay.cardElement()?.getRootNode();
    return host instanceof ShadowRoot && this.overlay.inCard(host.activeElement);
  }

  private isOverlayHost(target: EventTarget | null): boolean {
    const host = this.overlay.cardElement()?.getRootNode();
    return host instanceof ShadowRoot && target === host.host;
  }

  private focusQuietly(mark: HTMLElement): void {
    if (this.doc.activeElement === mark) return;
    this.quietFocus = mark;
    mark.focus({ preventScroll: true }); // focusin runs now, and sees quietFocus
    this.quietFocus = null;
  }

  private openSource(docId: string, sentenceId: string | null): Promise<unknown> {
    return browser.runtime.sendMessage({ type: 'open-source', docId, sentenceId } satisfies BackgroundRequest);
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = this.timers.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    this.timers.clearTimeout(this.hideTimer);
  }
}

function highlightAt(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(SELECTOR) : null;
}

function idOf(mark: Element): string {
  return mark.getAttribute('data-factmark-id') ?? '';
}
