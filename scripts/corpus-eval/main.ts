// npm run corpus:eval [-- --verbose]: precision and recall of the ingestion pipeline against the gold annotations.
import { evaluateGoldSet, HELDOUT_GOLD_DIR } from './gold-set';
import { precision, ratio, type DocumentScore, type Score } from './evaluate';

const verbose = process.argv.includes('--verbose');
const pct = (value: number) => `${(100 * value).toFixed(0)}%`;
const pr = (score: Score) => `P ${pct(precision(score))} R ${pct(ratio(score))}`;

function table(scores: DocumentScore[]) {
  return scores.map((s) => ({
    document: s.docId.replace(/^doc:/, '').slice(0, 40),
    'people+orgs': pr(s.people),
    'all names': pr(s.names),
    spellings: pct(ratio(s.spellings)),
    claims: pr(s.claims),
    'figures+dates': `${s.claimDetails.right}/${s.claimDetails.of}`,
    'quote speakers': pr(s.quotes),
    'chrome leaks': s.chromeLeaks.length,
  }));
}

const scores = evaluateGoldSet();
console.log('\nIngestion against the gold annotations (wink-nlp tags + Factmark rules)');
console.table(table(scores));
// What the rules add: names as wink-nlp's tags alone give them (proper-noun runs, untyped).
const baseline = evaluateGoldSet({ nameRules: false });
console.log('\nNames from wink-nlp tags alone (proper-noun runs, no types: people+orgs cannot be scored)');
console.table(baseline.map((s) => ({ document: s.docId.replace(/^doc:/, '').slice(0, 40), 'all names': pr(s.names) })));
const heldout = evaluateGoldSet({}, HELDOUT_GOLD_DIR);
console.log('\nHeld-out documents (gold written after the pipeline, never tuned on)');
console.table(table(heldout));
if (verbose) {
  for (const s of [...scores, ...heldout]) {
    if (!s.misses.length && !s.claimDetails.errors.length) continue;
    console.log(`\n${s.docId}`);
    for (const miss of s.misses) console.log(`  - ${miss}`);
    for (const error of s.claimDetails.errors) console.log(`  ~ ${error}`);
  }
}
