// npm run bench: the engine in Node and the extension in Chromium; prints tables and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { runBrowserBench } from './browser';
import { runEngineBench } from './engine';

const engine = runEngineBench();
console.log('\nMatching engine (Node), default corpus; baseline: mark.js with every alias as a keyword (accuracy "exactly") on the same DOM');
console.table(engine);

const browser = await runBrowserBench();
console.log('\nIn Chromium with the built extension (medians of 3 fresh profiles; times from the page load event)');
console.table(browser);

writeFileSync('bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), engine, browser }, null, 2)}\n`);
console.log('\nwritten to bench/results.json');
