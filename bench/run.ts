// npm run bench: the import and the matching engine in Node, the extension in Chromium; prints tables and writes bench/results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runBrowserBench } from './browser';
import { runEngineBench } from './engine';
import { runIngestBench } from './ingest';
import { markdownTables, type BenchResults } from './markdown';

const only = process.argv.slice(2);
const wants = (part: string) => only.length === 0 || only.includes(part);
// A partial run (`npm run bench -- engine`) keeps the other parts' latest results.
const previous: BenchResults | null = only.length && existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : null;
const results: BenchResults = { ...previous, date: new Date().toISOString() };

if (wants('ingest')) {
  const ingest = await runIngestBench();
  console.log('\nImport of 1,000 generated articles into Dexie (fake-indexeddb, Node; the median of 3 runs): ingest + index + write; target ≤ 10 s. Then in Chromium through the options page');
  console.table([ingest]);
  results.ingest = ingest;
}

if (wants('engine')) {
  const engine = await runEngineBench();
  console.log('\nMatching engine (Node): corpora, compiled matcher, memory; claims and quotes found on an unrelated page');
  console.table(engine.corpora);
  console.log('\nMatching engine (Node): pages with planted names, claims and quotes; baseline: mark.js with every spelling as a keyword (accuracy "exactly") on the same DOM');
  console.table(engine.matching);
  results.engine = engine;
}

if (wants('browser')) {
  const browser = await runBrowserBench();
  console.log('\nIn Chromium with the built extension (medians of 3 fresh profiles; times from the page load event)');
  console.table(browser);
  results.browser = browser;
}

writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to bench/results.json\n\nFor the README:\n');
console.log(markdownTables(results));
