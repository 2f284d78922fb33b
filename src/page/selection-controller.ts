import { excerptToMarkdown } from '../share/markdown';
import { copyText } from './clipboard';
import type { PageOverlay } from './page-overlay';
import type { PageScanner } from './scanner';
import { excerptFromRange } from './selection-excerpt';
import { isSkipped } from './text-index';
import { windowTimers, type Timers } from './timers';

const SETTLE_MS = 200;

/** Offers "Copy excerpt" next to a text selection on the page and copies it as Markdown with citations. */
export class SelectionController {
  private timer: number | undefined;

  constructor(
    private readonly doc: Document,
    private readonly scanner: PageScanner,
    private readonly overlay: PageOverlay,
    signal: AbortSignal,
    private readonly timers: Timers = windowTimers,
  ) {
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

  private update(): void {
    const range = this.currentRange();
    if (!range) {
      if (this.overlay.current.copy) this.overlay.update({ copy: null });
      return;
    }
    const rect = range.getBoundingClientRect();
    this.overlay.update({
      copy: {
        anchor: { getBoundingClientRect: () => rect },
        state: 'idle',
        onCopy: () => void this.copy(range, rect),
      },
    });
  }

  async copy(range: Range, rect: DOMRect): Promise<string> {
    const excerpt = excerptFromRange(range, (el) => this.scanner.hitOf(el)?.hit, {
      title: this.doc.title,
      url: this.doc.location.href,
    });
    const markdown = excerptToMarkdown(excerpt, this.scanner.sources);
    const anchor = { getBoundingClientRect: () => rect };
    try {
      await copyText(markdown, this.doc);
      this.overlay.update({ copy: { anchor, state: 'copied', onCopy: () => void this.copy(range, rect) } });
    } catch {
      this.overlay.update({ copy: { anchor, state: 'failed', onCopy: () => void this.copy(range, rect) } });
    }
    return markdown;
  }
}
