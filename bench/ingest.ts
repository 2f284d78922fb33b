/**
 * Import benchmark (corpus engine, issue: scale): 1,000 generated articles
 * into Dexie, as a user's import would go — ingestion (cleaning, tagging,
 * names, claims, quotes), indexing (compiling the matcher segment) and
 * writing (one transaction) — on fake-indexeddb in Node; then the same
 * articles imported in Chromium through the options page, as text files and
 * as a pack file (when the extension is built).
 */
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPack } from '../src/corpus/build-pack';
import { openDb } from '../src/db/database';
import { importUserPack } from '../src/db/import-pack';
import { compileSegment } from '../src/match';
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
}

const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

export async function runIngestBench(count = 1_000): Promise<IngestRow> {
  const articles = generateArticles(count, 11);
  const words = articles.reduce((n, a) => n + a.raw.split(/\s+/).length, 0);
  const db = openDb(`bench-ingest-${Date.now()}`);
  try {
    let start = performance.now();
    const pack = buildPack(articles, { origin: 'user' });
    const ingest = performance.now() - start;
    start = performance.now();
    compileSegment(pack);
    const index = performance.now() - start;
    start = performance.now();
    await importUserPack(db, pack); // compiles the segment again, inside its transaction, and writes everything
    const importMs = performance.now() - start;
    const row = { documents: count, words, ingestS: seconds(ingest), indexS: seconds(index), writeS: seconds(importMs - index), totalS: seconds(ingest + importMs) };
    if (!existsSync('.output/chrome-mv3/manifest.json')) return { ...row, chromiumFilesS: null, chromiumPackS: null };
    const dir = mkdtempSync(join(tmpdir(), 'factmark-bench-pack-'));
    try {
      writeFileSync(join(dir, 'articles.json'), JSON.stringify(pack));
      const files = articles.map((a, i) => ({ name: `article-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(a.raw) }));
      return { ...row, chromiumFilesS: await importInChromium(files), chromiumPackS: await importInChromium(join(dir, 'articles.json')) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await db.delete();
  }
}
