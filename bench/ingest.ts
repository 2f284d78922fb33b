/**
 * Import benchmark (corpus engine, issue: scale): 1,000 generated articles
 * into Dexie, as a user's import would go — ingestion (cleaning, tagging,
 * names, claims, quotes), indexing (compiling the matcher segment) and
 * writing (one transaction) — on fake-indexeddb in Node; then the same
 * articles imported in Chromium through the options page, as text files and
 * as a pack file (when the extension is built).
 */
import 'fake-indexeddb/auto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPack } from '../src/corpus/build-pack';
import { openDb } from '../src/db/database';
import { importUserPack } from '../src/db/import-pack';
import { compileSegment } from '../src/match';
import type { CorpusPack } from '../src/shared/records';
import { importInChromium } from './ingest-browser';
import { generateArticles } from './synthetic/articles';

export interface IngestRow {
  documents: number;
  words: number;
  ingestS: number;
  indexS: number;
  writeS: number;
  totalS: number;
  /** In Chromium, the same articles as 1,000 text files chosen on the options page: ingested in the page, stored in IndexedDB. */
  chromiumFilesS: number | null;
  /** In Chromium, their pack as one file: checked, compiled and stored. */
  chromiumPackS: number | null;
  /** The options page's longest main-thread task in each of those imports (files, pack), once it shows the import under way. */
  chromiumLongestTaskMs: [files: number, pack: number] | null;
  /** Then removing one of the pack's documents on the options page: from the click to "Removed …". */
  chromiumRemoveMs: number | null;
}

const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

/** Runs of the Node import; the run with the median total is reported (the VM's speed drifts from one minute to the next). */
const RUNS = 3;

export async function runIngestBench(count = 1_000): Promise<IngestRow> {
  const articles = generateArticles(count, 11);
  const words = articles.reduce((n, a) => n + a.raw.split(/\s+/).length, 0);
  const runs: { ingest: number; index: number; write: number; pack: CorpusPack }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const db = openDb(`bench-ingest-${Date.now()}-${run}`);
    try {
      let start = performance.now();
      const pack = buildPack(articles, { origin: 'user' });
      const ingest = performance.now() - start;
      start = performance.now();
      compileSegment(pack);
      const index = performance.now() - start;
      start = performance.now();
      await importUserPack(db, pack); // compiles the segment again, inside its transaction, and writes everything
      runs.push({ ingest, index, write: performance.now() - start - index, pack });
    } finally {
      await db.delete();
    }
  }
  const total = (r: (typeof runs)[number]) => r.ingest + r.index + r.write;
  const median = [...runs].sort((a, b) => total(a) - total(b))[Math.floor(RUNS / 2)];
  const row = { documents: count, words, ingestS: seconds(median.ingest), indexS: seconds(median.index), writeS: seconds(median.write), totalS: seconds(total(median)) };
  if (!existsSync('.output/chrome-mv3/manifest.json')) return { ...row, chromiumFilesS: null, chromiumPackS: null, chromiumLongestTaskMs: null, chromiumRemoveMs: null };
  const dir = mkdtempSync(join(tmpdir(), 'factmark-bench-pack-'));
  try {
    writeFileSync(join(dir, 'articles.json'), JSON.stringify(median.pack));
    // Files on disk, chosen by path as a user's are: given as buffers, Playwright builds them in the page's own JavaScript, a long task of its own.
    mkdirSync(join(dir, 'articles'));
    const files = articles.map((a, i) => {
      const path = join(dir, 'articles', `article-${i}.txt`);
      writeFileSync(path, a.raw);
      return path;
    });
    const asFiles = await importInChromium(files);
    const asPack = await importInChromium(join(dir, 'articles.json'));
    return { ...row, chromiumFilesS: asFiles.seconds, chromiumPackS: asPack.seconds, chromiumLongestTaskMs: [asFiles.longestTaskMs, asPack.longestTaskMs], chromiumRemoveMs: asPack.removeMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
