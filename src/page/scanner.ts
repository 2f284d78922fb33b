import type { Hit } from '../shared/hits';
import type { MatchResponse } from '../shared/messages';
import type { SourceMap } from '../shared/sources';
import { highlightBlock, removeHighlights } from './highlighter';
import { blockOf, collectBlocks, type Block } from './text-index';

/** How many segments one request to the matcher carries. */
const BATCH = 200;
/** Main-thread budget per slice of DOM writes before yielding to the page. */
const SLICE_MS = 8;

export interface ScannerOptions {
  match(blocks: string[]): Promise<MatchResponse>;
  /** Whether a block may be highlighted (visible…). */
  isEligible?(block: Element): boolean;
  /** Whether a hit is shown (the user may hide some kinds). */
  shows?(hit: Hit): boolean;
  yieldToPage?(): Promise<void>;
  /** Runs Factmark's own DOM writes (so a mutation observer can ignore them). */
  write?<T>(change: () => T): T;
}

/** A highlight element's hit and the page text it covers. */
export interface PlacedHit {
  hit: Hit;
  text: string;
}

/**
 * Finds and highlights corpus hits in blocks of the page. Incremental: a
 * block is matched again only when its text changed since it was highlighted,
 * so rescanning is idempotent and never double-wraps.
 */
export class PageScanner {
  /** Each highlighted block's text at the time it was highlighted. */
  private readonly done = new WeakMap<Element, string>();
  private readonly placed = new WeakMap<Element, PlacedHit>();
  readonly sources: SourceMap = {};

  constructor(private readonly options: ScannerOptions) {}

  /** The hit behind a highlight element. */
  hitOf(el: Element): PlacedHit | undefined {
    return this.placed.get(el);
  }

  private queue: Promise<void> = Promise.resolve();
  private pending = 0;

  /** Whether a scan is queued or running. */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** Scans `root`'s blocks. Scans run one after another, so two never wrap the same block. */
  scan(root: Element): Promise<void> {
    this.pending += 1;
    const run = this.queue.then(() => this.scanNow(root)).finally(() => (this.pending -= 1));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async scanNow(root: Element): Promise<void> {
    if (!root.isConnected) return;
    const scanRoot = blockOf(root) ?? root;
    const stale = collectBlocks(scanRoot).filter((b) => this.done.get(b.element) !== textOf(b));
    if (!stale.length) return;
    for (const block of stale) this.clearBlock(block.element);
    // Clearing may drop pieces of text the page replaced: read the blocks again.
    const blocks = stale
      .flatMap((b) => collectBlocks(b.element).filter((c) => c.element === b.element))
      .filter((b) => this.options.isEligible?.(b.element) ?? true);

    const segments = blocks.flatMap((block) => block.segments.map((segment) => ({ block, segment })));
    for (let i = 0; i < segments.length; i += BATCH) {
      const batch = segments.slice(i, i + BATCH);
      const response = await this.options.match(batch.map((s) => s.segment.text));
      Object.assign(this.sources, response.sources);
      const byBlock = new Map<Block, Hit[]>();
      batch.forEach(({ block, segment }, j) => {
        const hits = byBlock.get(block) ?? [];
        for (const hit of response.hits[j] ?? []) {
          if (this.options.shows?.(hit) ?? true) hits.push({ ...hit, start: hit.start + segment.start, end: hit.end + segment.start });
        }
        byBlock.set(block, hits);
      });
      await this.apply(byBlock);
    }
  }

  private async apply(byBlock: Map<Block, Hit[]>): Promise<void> {
    let sliceStart = performance.now();
    for (const [block, hits] of byBlock) {
      const expected = textOf(block);
      const now = collectBlocks(block.element).find((b) => b.element === block.element);
      // The page changed this block while we were matching: a later scan picks it up.
      if (!now || textOf(now) !== expected) continue;
      const full = fullText(block);
      const created = this.write(() => highlightBlock(block.element, hits));
      for (const { el, hit } of created) this.placed.set(el, { hit, text: full.slice(hit.start, hit.end) });
      this.done.set(block.element, expected);
      if (performance.now() - sliceStart > SLICE_MS) {
        await (this.options.yieldToPage?.() ?? Promise.resolve());
        sliceStart = performance.now();
      }
    }
  }

  /** Removes this block's own highlights (not those of blocks nested in it). */
  private clearBlock(block: Element): void {
    this.write(() => removeHighlights(block, (el) => blockOf(el) === block));
    this.done.delete(block);
  }

  /** Removes every highlight and forgets what was highlighted. */
  clear(root: Element): void {
    this.write(() => removeHighlights(root));
    for (const block of collectBlocks(root)) this.done.delete(block.element);
  }

  private write<T>(change: () => T): T {
    return this.options.write ? this.options.write(change) : change();
  }
}

function textOf(block: Block): string {
  return block.segments.map((s) => `${s.start}:${s.text}`).join('\u0000');
}

/** The block's mark.js string with unscanned parts as gaps, to slice hit text by block offsets. */
function fullText(block: Block): string {
  let out = '';
  for (const s of block.segments) out = out.padEnd(s.start, ' ') + s.text;
  return out;
}
