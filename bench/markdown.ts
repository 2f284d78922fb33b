/** The benchmark's results as the README's Markdown tables, printed at the end of `npm run bench`. */
import type { BrowserBenchRow } from './browser';
import type { CorpusRow, MatchRow } from './engine';
import type { IngestRow } from './ingest';

export interface BenchResults {
  date: string;
  ingest?: IngestRow;
  engine?: { corpora: CorpusRow[]; matching: MatchRow[] };
  browser?: BrowserBenchRow[];
}

const n = (value: number | null | undefined, digits = 0) => (value === null || value === undefined ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const ms = (value: number | null | undefined, digits = 0) => (value === null || value === undefined ? '—' : `${n(value, digits)} ms`);
/** Sizes under a megabyte in kilobytes: a small corpus's matcher is not "0.0 MB". */
const size = (megabytes: number | null | undefined) => (megabytes === null || megabytes === undefined ? '—' : megabytes < 1 ? `${n(megabytes * 1024)} KB` : `${n(megabytes, 1)} MB`);
const table = (head: string[], rows: string[][]) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function markdownTables(results: BenchResults): string {
  const parts: string[] = [];
  if (results.ingest) {
    const i = results.ingest;
    parts.push(
      table(
        ['Documents', 'Words', 'Ingest', 'Index', 'Write', 'Total (Node)', 'Chromium: as text files', 'Chromium: as a pack file', 'Longest task on the page (files, pack)', 'Then removing one'],
        [
          [
            n(i.documents),
            n(i.words),
            `${n(i.ingestS, 2)} s`,
            `${n(i.indexS, 2)} s`,
            `${n(i.writeS, 2)} s`,
            `**${n(i.totalS, 2)} s**`,
            i.chromiumFilesS == null ? '—' : `**${n(i.chromiumFilesS, 2)} s**`,
            i.chromiumPackS == null ? '—' : `${n(i.chromiumPackS, 2)} s`,
            i.chromiumLongestTaskMs == null ? '—' : i.chromiumLongestTaskMs.map((v) => ms(v)).join(', '),
            ms(i.chromiumRemoveMs),
          ],
        ],
      ),
    );
  }
  if (results.engine) {
    parts.push(
      table(
        ['Corpus', 'Aliases', 'Claims', 'Quotes', 'Build', 'Persisted', 'Load', 'Memory', 'Claims or quotes on an unrelated page'],
        results.engine.corpora.map((c) => [c.corpus, n(c.aliases), n(c.claims), n(c.quotes), ms(c.buildMs), size(c.persistedMb), ms(c.loadMs), size(c.heapMb), n(c.unrelatedHits)]),
      ),
    );
    parts.push(
      table(
        ['Corpus', 'Page', 'Match (median)', 'After a wake: load + first match', 'Peak heap', 'Planted found', 'mark.js baseline', 'Ratio', 'Names alone (ratio)'],
        results.engine.matching.map((m) => [
          m.corpus,
          `${n(m.words)} words`,
          ms(m.matchMedianMs, 1),
          m.wakeFirstMs === undefined ? '—' : `${ms(m.wakeLoadMs)} + ${ms(m.wakeFirstMs)}`,
          size(m.peakHeapMb),
          `${n(Math.round(m.recall * m.planted))} / ${n(m.planted)}`,
          m.baselineMedianMs === null ? m.baselineNote : ms(m.baselineMedianMs),
          m.speedup === null ? '—' : `${n(m.speedup)}×`,
          `${ms(m.namesMedianMs, 1)}${m.namesSpeedup === null ? '' : ` (${n(m.namesSpeedup)}×)`}`,
        ]),
      ),
    );
  }
  if (results.browser) {
    parts.push(
      table(
        ['Page', 'Long tasks > 50 ms with Factmark (longest)', '…without it (longest)', 'First highlight', 'All highlighted', 'Popup first view (ours)'],
        results.browser.map((b) => [
          `${n(b.words)} words`,
          `${n(b.longTasks)} (${ms(b.longestTaskMs)})`,
          `${n(b.baselineLongTasks)} (${ms(b.baselineLongestTaskMs)})`,
          ms(b.firstHighlightMs),
          ms(b.allHighlightedMs),
          `${ms(b.popupFirstViewMs)} (${ms(b.popupOwnMs)})`,
        ]),
      ),
    );
  }
  return parts.join('\n\n');
}
