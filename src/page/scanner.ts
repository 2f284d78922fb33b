import { hitId, type Hit } from '../shared/hits';
import type { MatchResponse } from '../shared/messages';
import type { SourceMap } from '../shared/sources';
import { highlightBlock, highlightsIn, removeHighlights } from './highlighter';
import { blockOf, collectBlocks, isSkipped, type Block } from './text-index';

/** How many segments one request to the matcher carries. */
const BATCH = 200;
/** Main-thread budget per slice of DOM writes before yielding to the page. */
const SLICE_MS = 8;
/** Hidden parts remembered for when they are revealed; past this, the oldest are forgotten. */
const MAX_HIDDEN = 2_000;
/** Source contexts are pruned to those the page still shows once they pass this many (and twice what was kept last time). */
const MIN_SOURCES_BEFORE_PRUNE = 500;

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
 * so rescanning is idempotent and never double-wraps. Blocks that are hidden
 * when read (display: none, a closed <details>, a `hidden` region) are
 * remembered, so they can be read when the page reveals them.
 */
export class PageScanner {
  /** Each highlighted block's text at the time it was highlighted. */
  private readonly done = new WeakMap<Element, string>();
  private readonly placed = new WeakMap<Element, PlacedHit>();
  /** Hidden blocks and regions, oldest first. */
  private readonly hidden = new Set<Element>();
  /** Source context of every corpus item highlighted; pruned to what the page still shows as the page changes. */
  readonly sources: SourceMap = {};
  private sourceCount = 0;
  private pruneAt = MIN_SOURCES_BEFORE_PRUNE;

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
    return this.enqueue(() => this.scanNow(root));
  }

  /**
   * Reads `root` again from scratch, after the scans already queued: for what
   * changes every verdict at once (the page's date after a single-page navigation).
   */
  rescanAll(root: Element): Promise<void> {
    return this.enqueue(async () => {
      this.clear(root);
      await this.scanNow(root);
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.pending += 1;
    const run = this.queue.then(task).finally(() => (this.pending -= 1));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Where to read again after the page changed the attributes of `changed`
   * (a class, a style, `hidden`, a <details>' `open`): for each remembered
   * hidden part it has now revealed, the changed element that revealed it,
   * so one scan reads everything a change revealed. Revealed parts are
   * forgotten here, and remembered again if a scan still finds them hidden.
   */
  takeRevealed(changed: ReadonlySet<Element>): Element[] {
    const roots = new Set<Element>();
    for (const el of this.hidden) {
      if (!el.isConnected) {
        this.hidden.delete(el);
        continue;
      }
      const by = nearestIn(el, changed);
      if (!by || isSkipped(el) || !(this.options.isEligible?.(el) ?? true)) continue;
      this.hidden.delete(el);
      roots.add(by);
    }
    const list = [...roots];
    return list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
  }

  /** How many hidden parts are remembered (tests, diagnostics). */
  get hiddenCount(): number {
    return this.hidden.size;
  }

  private async scanNow(root: Element): Promise<void> {
    if (!root.isConnected) return;
    const scanRoot = blockOf(root) ?? root;
    const collect = { onHidden: (region: Element) => this.rememberHidden(region) };
    const stale = collectBlocks(scanRoot, collect).filter((b) => this.done.get(b.element) !== textOf(b));
    if (!stale.length) return;
    for (const block of stale) this.clearBlock(block.element);
    // Clearing may drop pieces of text the page replaced: read the blocks again.
    const blocks = stale
      .flatMap((b) => collectBlocks(b.element, collect).filter((c) => c.element === b.element))
      .filter((b) => {
        const eligible = this.options.isEligible?.(b.element) ?? true;
        if (!eligible) this.rememberHidden(b.element);
        return eligible;
      });

    const segments = blocks.flatMap((block) => block.segments.map((segment) => ({ block, segment })));
    for (let i = 0; i < segments.length; i += BATCH) {
      const batch = segments.slice(i, i + BATCH);
      const response = await this.options.match(batch.map((s) => s.segment.text));
      this.addSources(response.sources);
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
    if (this.sourceCount > this.pruneAt) this.pruneSources(root.ownerDocument);
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

  private rememberHidden(el: Element): void {
    this.hidden.delete(el); // re-inserted as the newest
    this.hidden.add(el);
    if (this.hidden.size > MAX_HIDDEN) this.hidden.delete(this.hidden.values().next().value!);
  }

  private addSources(incoming: SourceMap): void {
    for (const [id, context] of Object.entries(incoming)) {
      if (!(id in this.sources)) this.sourceCount += 1;
      this.sources[id] = context;
    }
  }

  /**
   * Drops the sources of corpus items no highlight on the page shows any more
   * (an infinite-scroll feed removes stories as it adds new ones), so the map
   * stays the size of what is on the page, not of everything ever seen.
   */
  private pruneSources(doc: Document): void {
    const shown = new Set<string>();
    for (const el of highlightsIn(doc.body ?? doc.documentElement)) {
      const placed = this.placed.get(el);
      if (placed) shown.add(hitId(placed.hit));
    }
    for (const id of Object.keys(this.sources)) {
      if (!shown.has(id)) {
        delete this.sources[id];
        this.sourceCount -= 1;
      }
    }
    this.pruneAt = Math.max(MIN_SOURCES_BEFORE_PRUNE, this.sourceCount * 2);
  }

  /** Removes this block's own highlights (not those of blocks nested in it). */
  private clearBlock(block: Element): void {
    this.write(() => removeHighlights(block, (el) => blockOf(el) === block));
    this.done.delete(block);
  }

  /**
   * Removes every highlight now, and again once the scans already queued are
   * done, so a scan running when highlights are switched off leaves none behind.
   */
  clearAll(root: Element): Promise<void> {
    this.clear(root);
    return this.enqueue(async () => this.clear(root));
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

/** The nearest of `changed` at or above `el`. */
function nearestIn(el: Element, changed: ReadonlySet<Element>): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) if (changed.has(at)) return at;
  return null;
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
