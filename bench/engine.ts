/**
 * Engine benchmark: the matcher against deterministic corpora — the default
 * corpus, 1,000 and 10,000 generated articles — on generated pages of 2,000,
 * 10,000 and 50,000 words with the corpus's names, claims and quotes planted.
 * In the same run, the baseline a developer reaches for first: mark.js
 * given every spelling as a keyword array, on the same page DOM (in a child process: it can crash).
 */
import { deserialize, serialize } from 'node:v8';
import { buildPack } from '../src/corpus/build-pack';
import { compileSegment, createMatcher, loadSegment, type CompiledSegment, type Matcher } from '../src/match';
import { readBlock } from '../src/match/block-text';
import { ambiguousSurnames, findNames, type NameIndex } from '../src/match/names';
import type { Hit } from '../src/shared/hits';
import { hitId } from '../src/shared/hits';
import type { CorpusPack } from '../src/shared/records';
import { readAliasTable, readCorpusFolder } from '../scripts/read-corpus-folder';
import { runMarkBaseline } from './mark-baseline';
import { plantedPage, unrelatedPage, type Planted } from './planted-page';
import { generateArticles } from './synthetic/articles';
import { measureWake } from './wake';

export interface CorpusRow {
  corpus: string;
  documents: number;
  aliases: number;
  claims: number;
  quotes: number;
  ingestS: number | null;
  buildMs: number;
  persistedMb: number;
  loadMs: number;
  heapMb: number;
  /** Claims and quotes the matcher finds on a 2,000-word page about something else: should be none. */
  unrelatedHits: number;
}

export interface MatchRow {
  corpus: string;
  words: number;
  matchMedianMs: number;
  /** After a service-worker wake, in a fresh process: loading the stored matcher, then the page's first match (medians of 3). */
  wakeLoadMs: number;
  wakeFirstMs: number;
  peakHeapMb: number;
  hits: number;
  planted: number;
  recall: number;
  baselineMedianMs: number | null;
  baselineNote: string;
  speedup: number | null;
  /** The matcher's names alone (the baseline's whole task, without its DOM wrapping), median ms, and its ratio to the baseline. */
  namesMedianMs: number;
  namesSpeedup: number | null;
}

const BASELINE_LIMIT_MS = 60_000;
/** Megabytes to three decimals (a kilobyte), never below zero: a heap delta after GC can dip under its baseline. */
const mb = (bytes: number) => Number((Math.max(0, bytes) / 1024 / 1024).toFixed(3));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/**
 * Bytes of the typed arrays reachable from `root`. They live outside the JS
 * heap, and most of a compiled matcher is typed arrays; Node's deserializer
 * leaves many of them as views into the stored buffer, so they are counted
 * by their own length, as each is its own buffer once IndexedDB gives it back.
 */
function typedArrayBytes(root: unknown): number {
  let bytes = 0;
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    else for (const inner of value instanceof Map ? value.values() : Object.values(value)) walk(inner);
  };
  walk(root);
  return bytes;
}

/** A corpus built as the extension would: the default folder, or generated articles through the same pipeline. */
function buildCorpus(size: number | null): { name: string; pack: CorpusPack; ingestS: number | null } {
  if (size === null) return { name: 'default (2 documents)', pack: buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') }), ingestS: null };
  const articles = generateArticles(size);
  const [pack, ms] = time(() => buildPack(articles, { origin: 'user' }));
  return { name: `${size.toLocaleString('en-US')} generated`, pack, ingestS: Number((ms / 1000).toFixed(1)) };
}

export async function runEngineBench(sizes = [2_000, 10_000, 50_000], corpusSizes?: number[]): Promise<{ corpora: CorpusRow[]; matching: MatchRow[] }> {
  const corpora: CorpusRow[] = [];
  const matching: MatchRow[] = [];
  // One corpus at a time; the extension holds the compiled matcher, not the pack, so matching is measured with the pack gone.
  for (const size of [null, ...(corpusSizes ?? [1_000, 10_000])]) {
    const { name, ingestS, buildMs, persisted, aliases, counts, pages } = prepare(size, sizes);
    const loads: number[] = [];
    let matcher: Matcher | null = null;
    let names: NameIndex | null = null;
    let heap = 0;
    for (let run = 0; run < 3; run++) {
      matcher = null;
      const before = heapAfterGc();
      const [[loaded, segment], ms] = time(() => {
        const segment = loadSegment(deserialize(persisted) as CompiledSegment);
        return [createMatcher([segment]), segment] as const;
      });
      matcher = loaded;
      names = segment.names;
      loads.push(ms);
      // What one loaded matcher holds, as the service worker would: its objects on the heap and its typed arrays.
      heap = Math.max(heap, heapAfterGc() - before + typedArrayBytes(segment));
    }
    const unrelated = unrelatedPage(2_000).flatMap((block) => matcher!.matchBlock(block)).filter((h) => h.kind !== 'name').length;
    corpora.push({
      corpus: name,
      ...counts,
      aliases: aliases.length,
      ingestS,
      buildMs,
      persistedMb: mb(persisted.length),
      loadMs: Math.round(median(loads)),
      heapMb: mb(heap),
      unrelatedHits: unrelated,
    });

    for (const [i, words] of sizes.entries()) {
      const page = pages[i];
      let hits: Hit[][] = [];
      let peak = 0;
      // Untimed runs first: the median is of a worker that has been matching a while, not of the JIT still compiling.
      // (A fresh one is measured apart, as a wake; times still fall for 10 or more pages of 10,000 words.)
      for (let warm = 0; warm < (words > 20_000 ? 3 : 10); warm++) for (const block of page.blocks) matcher!.matchBlock(block);
      const base = heapAfterGc();
      const times = Array.from({ length: words > 20_000 ? 5 : 9 }, () => {
        const [found, ms] = time(() => page.blocks.map((block) => matcher!.matchBlock(block)));
        hits = found;
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
        return ms;
      });
      const found = page.planted.filter((p) => wasFound(p, hits[p.block]));
      const matchMedianMs = median(times);
      const ambiguous = ambiguousSurnames([names!]);
      const namesMedianMs = median(times.map(() => time(() => page.blocks.map((block) => findNames(readBlock(block), [names!], ambiguous)))[1]));
      const wake = await measureWake(persisted, page.blocks);
      const baseline = await runMarkBaseline(page.html, aliases, words > 20_000 ? 1 : 3, BASELINE_LIMIT_MS);
      matching.push({
        corpus: name,
        words,
        matchMedianMs: Number(matchMedianMs.toFixed(1)),
        wakeLoadMs: Math.round(wake.loadMs),
        wakeFirstMs: Math.round(wake.firstMs),
        peakHeapMb: mb(peak),
        hits: hits.reduce((n, list) => n + list.length, 0),
        planted: page.planted.length,
        recall: Number((found.length / page.planted.length).toFixed(3)),
        baselineMedianMs: baseline.medianMs === null ? null : Math.round(baseline.medianMs),
        baselineNote: baseline.note,
        speedup: baseline.medianMs === null ? null : Math.round(baseline.medianMs / matchMedianMs),
        namesMedianMs: Number(namesMedianMs.toFixed(1)),
        namesSpeedup: baseline.medianMs === null ? null : Math.round(baseline.medianMs / namesMedianMs),
      });
    }
  }
  return { corpora, matching };
}

/** A corpus, its matcher compiled (timed) and serialised as stored, and its planted pages: all the benchmark keeps of the pack. */
function prepare(size: number | null, sizes: number[]) {
  const { name, ingestS, pack } = buildCorpus(size);
  const buildTimes = Array.from({ length: 3 }, () => time(() => compileSegment(pack))[1]);
  return {
    name,
    ingestS,
    buildMs: Math.round(median(buildTimes)),
    persisted: serialize(compileSegment(pack)),
    aliases: [...new Set(pack.entities.flatMap((e) => e.aliases.map((a) => a.text)))],
    counts: { documents: pack.documents.length, claims: pack.claims.length, quotes: pack.quotes.length },
    // Copied: a page's strings are built from slices of the pack's, and a slice keeps its whole document alive.
    pages: sizes.map((words) => structuredClone(plantedPage(pack, words))),
  };
}

/** A planted item is found when a hit of its kind names one of its ids and covers its place. */
function wasFound(planted: Planted, hits: Hit[]): boolean {
  return hits.some((h) => h.kind === planted.kind && planted.ids.includes(hitId(h)) && h.start <= planted.start && h.end >= planted.end - 1 && (h.kind !== 'quote' || h.verdict === 'exact'));
}
