import { BLOCK_TAGS, blockOf, isSkipped } from './text-index';
import { windowTimers, type Timers } from './timers';

const SETTLE_MS = 150;

/** Attributes that show or hide content: a class or style rule, `hidden`, `aria-hidden`, a <details>' `open`. */
export const REVEALING_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

export interface WatcherEvents {
  /** Blocks added or changed, nested ones folded into the outermost. */
  onRoots(roots: Element[]): void;
  /** Elements whose revealing attributes changed (the scanner knows what they hid). */
  onAttributes(changed: Set<Element>): void;
  /** The page replaced its <body>: everything is new. */
  onBody(body: HTMLElement): void;
}

/**
 * Watches the page for content added or changed after load (infinite scroll,
 * client rendering, live updates, content revealed by an attribute) and
 * reports it, batched. It follows the page's <body>: a page that replaces it
 * is watched on. Mutations made by Factmark itself are discarded with `ignoreOwn`.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  /** Watches <html> and the document for a new <body>, and <html>'s own class and style. */
  private readonly rootObserver: MutationObserver;
  private body: HTMLElement | null = null;
  private readonly pending = new Set<Element>();
  private readonly changedAttributes = new Set<Element>();
  private timer: number | undefined;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly events: WatcherEvents,
    private readonly timers: Timers = windowTimers,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    this.rootObserver = new MutationObserver((records) => this.collectRoot(records));
    this.rootObserver.observe(doc, { childList: true });
    this.observeRoot();
    this.bind(doc.body);
  }

  /** The body being watched. */
  get root(): HTMLElement | null {
    return this.body;
  }

  /** Runs a DOM write of ours without waking the watcher; page mutations queued before it still count. */
  ignoreOwn<T>(write: () => T): T {
    this.collect(this.observer.takeRecords());
    try {
      return write();
    } finally {
      this.observer.takeRecords();
    }
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.rootObserver.disconnect();
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.changedAttributes.clear();
  }

  private bind(body: HTMLElement | null): void {
    this.observer.disconnect();
    this.pending.clear();
    this.body = body;
    if (!body) return;
    this.observer.observe(body, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: REVEALING_ATTRIBUTES,
    });
  }

  private observeRoot(): void {
    const html = this.doc.documentElement;
    if (html) this.rootObserver.observe(html, { childList: true, attributes: true, attributeFilter: REVEALING_ATTRIBUTES });
  }

  private collectRoot(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        // A class on <html> (a paywall's, a theme's) can reveal anything in the body.
        if (this.body) this.noteAttribute(this.body);
      } else if (record.target === this.doc) {
        this.observeRoot(); // a new <html>
      }
    }
    const body = this.doc.body;
    if (body !== this.body && !this.stopped) {
      this.bind(body);
      if (body) this.events.onBody(body);
    }
    this.schedule();
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') this.noteAttribute(record.target as Element);
      else if (record.type === 'characterData') this.add(blockOf(record.target));
      else {
        // A new block is scanned alone; new or removed inline content changes the text of the block around it.
        for (const node of record.addedNodes) this.add(isBlock(node) ? (node as Element) : blockOf(record.target));
        for (const node of record.removedNodes) if (!isBlock(node)) this.add(blockOf(record.target));
      }
    }
    this.schedule();
  }

  private noteAttribute(el: Element): void {
    if (el.isConnected) this.changedAttributes.add(el);
  }

  private add(block: Element | null): void {
    if (block && block.isConnected && this.body?.contains(block) && !isSkipped(block)) this.pending.add(block);
  }

  private schedule(): void {
    if ((this.pending.size || this.changedAttributes.size) && this.timer === undefined && !this.stopped) {
      this.timer = this.timers.setTimeout(() => this.flush(), SETTLE_MS);
    }
  }

  private flush(): void {
    this.timer = undefined;
    const blocks = [...this.pending].filter((b) => b.isConnected);
    this.pending.clear();
    const changed = new Set([...this.changedAttributes].filter((el) => el.isConnected));
    this.changedAttributes.clear();
    const outermost = blocks.filter((b) => !blocks.some((other) => other !== b && other.contains(b)));
    if (outermost.length) this.events.onRoots(outermost);
    if (changed.size) this.events.onAttributes(changed);
  }
}

function isBlock(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}
