/**
 * Engine benchmark: the matcher on the default corpus against generated pages,
 * with the baseline a developer reaches for first — mark.js given every alias
 * as a keyword array — on the same page DOM (happy-dom), in the same process.
 */
import { Window } from 'happy-dom';
import Mark from 'mark.js';
import { buildPack } from '../src/corpus/build-pack';
import { compileSegment, loadMatcher } from '../src/match';
import { readAliasTable, readCorpusFolder } from '../scripts/read-corpus-folder';
import { generatePage } from './browser-page';

const RUNS = 7;

export interface EngineBenchRow {
  corpus: string;
  aliases: number;
  claims: number;
  words: number;
  compileMs: number;
  persistedKb: number;
  loadMs: number;
  matchMedianMs: number;
  hits: number;
  baselineMedianMs: number | null;
  baselineNote: string;
  speedup: number | null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

export function runEngineBench(sizes = [2_000, 10_000, 50_000]): EngineBenchRow[] {
  const pack = buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') });
  const aliases = [...new Set(pack.entities.flatMap((e) => e.aliases.map((a) => a.text)))];
  const [compiled, compileMs] = time(() => compileSegment(pack));
  const persisted = JSON.stringify(compiled);
  const [matcher, loadMs] = time(() => loadMatcher([structuredClone(compiled)]));
  const rows: EngineBenchRow[] = [];
  for (const words of sizes) {
    const window = new Window();
    const document = window.document;
    document.write(generatePage(words));
    const blocks = [...document.querySelectorAll('p, h1, li')].map((el) => el.textContent ?? '');
    let hits = 0;
    const matchTimes = Array.from({ length: RUNS }, () => {
      const [found, ms] = time(() => blocks.map((b) => matcher.matchBlock(b)));
      hits = found.reduce((n, list) => n + list.length, 0);
      return ms;
    });

    // The baseline: one regular expression per alias, over the page DOM.
    const article = document.querySelector('article') as unknown as HTMLElement;
    const pristine = article.innerHTML;
    const baselineTimes: number[] = [];
    let baselineNote = 'completed';
    // mark.js reads the DOM's globals.
    for (const name of ['window', 'document', 'NodeFilter', 'NodeList', 'HTMLElement', 'Element', 'Node', 'Text', 'HTMLCollection']) {
      (globalThis as Record<string, unknown>)[name] = name === 'window' ? window : name === 'document' ? document : (window as unknown as Record<string, unknown>)[name];
    }
    try {
      for (let run = 0; run < 3; run++) {
        article.innerHTML = pristine;
        const [, ms] = time(() => new Mark(article).mark(aliases, { accuracy: 'exactly', separateWordSearch: false }));
        baselineTimes.push(ms);
      }
    } catch (error) {
      baselineNote = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    window.close();
    const matchMedianMs = median(matchTimes);
    const baselineMedianMs = baselineTimes.length === 3 ? median(baselineTimes) : null;
    rows.push({
      corpus: 'default (2 documents)',
      aliases: aliases.length,
      claims: pack.claims.length,
      words,
      compileMs: Number(compileMs.toFixed(1)),
      persistedKb: Math.round(persisted.length / 1024),
      loadMs: Number(loadMs.toFixed(1)),
      matchMedianMs: Number(matchMedianMs.toFixed(1)),
      hits,
      baselineMedianMs: baselineMedianMs === null ? null : Number(baselineMedianMs.toFixed(1)),
      baselineNote,
      speedup: baselineMedianMs === null ? null : Number((baselineMedianMs / matchMedianMs).toFixed(1)),
    });
  }
  return rows;
}
