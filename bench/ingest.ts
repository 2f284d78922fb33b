/**
 * Import benchmark (corpus engine, issue: scale): 1,000 generated articles
 * into Dexie, as a user's import would go — ingestion (cleaning, tagging,
 * names, claims, quotes), indexing (compiling the matcher segment) and
 * writing (one transaction) — on fake-indexeddb in Node.
 */
import 'fake-indexeddb/auto';
import { buildPack } from '../src/corpus/build-pack';
import { openDb } from '../src/db/database';
import { importUserPack } from '../src/db/import-pack';
import { compileSegment } from '../src/match';
import { generateArticles } from './synthetic/articles';

export interface IngestRow {
  documents: number;
  words: number;
  ingestS: number;
  indexS: number;
  writeS: number;
  totalS: number;
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
    return { documents: count, words, ingestS: seconds(ingest), indexS: seconds(index), writeS: seconds(importMs - index), totalS: seconds(ingest + importMs) };
  } finally {
    await db.delete();
  }
}
