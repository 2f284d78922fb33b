import { BLOCK_TAGS, blockOf, isSkipped } from './text-index';

const SETTLE_MS = 150;

/**
 * Watches the page for content added or changed after load (infinite scroll,
 * client rendering, live updates) and reports the blocks to rescan, batched:
 * nested roots are folded into their outermost one. Mutations made by
 * Factmark itself are discarded with `ignoreOwn`.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: Element,
    private readonly onRoots: (roots: Element[]) => void,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
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
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') this.add(blockOf(record.target));
      else {
        // A new block is scanned alone; new or removed inline content changes the text of the block around it.
        for (const node of record.addedNodes) this.add(isBlock(node) ? (node as Element) : blockOf(record.target));
        for (const node of record.removedNodes) if (!isBlock(node)) this.add(blockOf(record.target));
      }
    }
    if (this.pending.size && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), SETTLE_MS);
    }
  }

  private add(block: Element | null): void {
    if (block && block.isConnected && this.root.contains(block) && !isSkipped(block)) this.pending.add(block);
  }

  private flush(): void {
    this.timer = undefined;
    const blocks = [...this.pending].filter((b) => b.isConnected);
    this.pending.clear();
    const outermost = blocks.filter((b) => !blocks.some((other) => other !== b && other.contains(b)));
    if (outermost.length) this.onRoots(outermost);
  }
}

function isBlock(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}
