import type { Excerpt } from '../share/excerpt';
import { excerptToHtml } from '../share/html';
import { excerptToMarkdown } from '../share/markdown';
import type { ShareAction, ShareOutcome } from '../ui/ShareBar';
import { copyToClipboard } from './clipboard';
import { excerptImage } from './excerpt-image';
import type { PageOverlay } from './page-overlay';
import { saveFile } from './save-file';
import type { PageScanner } from './scanner';
import { excerptFromRange } from './selection-excerpt';
import { isSkipped } from './text-index';
import { windowTimers, type Timers } from './timers';

const SETTLE_MS = 200;

/**
 * Offers the share bar next to a text selection on the page: the excerpt with
 * its citations (rich text, with Markdown as its plain text), a link to the
 * passage, or an image of it.
 */
export class SelectionController {
  private timer: number | undefined;
  /** What had focus when the share command moved it to the bar. */
  private focusedBefore: Element | null = null;
  private readonly actions: Record<ShareAction, (excerpt: Excerpt) => Promise<void>>;

  constructor(
    private readonly doc: Document,
    private readonly scanner: PageScanner,
    private readonly overlay: PageOverlay,
    signal: AbortSignal,
    private readonly timers: Timers = windowTimers,
  ) {
    const sources = () => this.scanner.sources;
    this.actions = {
      excerpt: (excerpt) => copyToClipboard({ html: excerptToHtml(excerpt, sources()), text: excerptToMarkdown(excerpt, sources()) }, doc),
      link: (excerpt) => copyToClipboard({ text: excerpt.page.link }, doc),
      image: async (excerpt) => saveFile(await excerptImage(excerpt, sources(), doc), 'factmark-excerpt.png', overlay.layer),
    };
    doc.addEventListener(
      'selectionchange',
      () => {
        this.timers.clearTimeout(this.timer);
        this.timer = this.timers.setTimeout(() => this.update(), SETTLE_MS);
      },
      { signal },
    );
    signal.addEventListener('abort', () => this.timers.clearTimeout(this.timer));
  }

  private currentRange(): Range | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    const range = selection.getRangeAt(0);
    const container = range.commonAncestorContainer;
    const el = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
    if (!el || isSkipped(el) || !range.toString().trim()) return null;
    return range;
  }

  /** Shows the share bar of the current selection and moves focus to it; false when nothing is selected. */
  focusBar(): boolean {
    const range = this.currentRange();
    if (!range) return false;
    this.timers.clearTimeout(this.timer);
    this.show(range, range.getBoundingClientRect(), null);
    this.focusedBefore = this.doc.activeElement;
    this.overlay.layer.querySelector<HTMLElement>('.fm-share button')?.focus();
    return true;
  }

  private update(): void {
    const range = this.currentRange();
    if (!range) {
      if (this.overlay.current.share) this.overlay.update({ share: null });
      return;
    }
    this.show(range, range.getBoundingClientRect(), null);
  }

  private show(range: Range, rect: DOMRect, outcome: ShareOutcome): void {
    this.overlay.update({
      share: {
        anchor: { getBoundingClientRect: () => rect },
        outcome,
        onCopy: () => void this.share('excerpt', range, rect),
        onCopyLink: () => void this.share('link', range, rect),
        onSaveImage: () => void this.share('image', range, rect),
        onDismiss: () => this.dismiss(),
      },
    });
  }

  /** Closes the bar; focus goes back to where the share command found it. */
  private dismiss(): void {
    this.overlay.update({ share: null });
    const back = this.focusedBefore;
    this.focusedBefore = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
    else (this.doc.activeElement as HTMLElement | null)?.blur?.();
  }

  /** Shares the selection one way, and says on that button whether it worked. */
  async share(action: ShareAction, range: Range, rect: DOMRect): Promise<void> {
    const excerpt = excerptFromRange(range, (el) => this.scanner.hitOf(el)?.hit, { title: this.doc.title, url: this.doc.location.href });
    let ok = true;
    try {
      await this.actions[action](excerpt);
    } catch {
      ok = false;
    }
    this.show(range, rect, { action, ok });
  }
}
