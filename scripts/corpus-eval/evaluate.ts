/**
 * Scores a built corpus pack against hand-written gold annotations
 * (tests/fixtures/corpus-eval/gold): precision and recall of names, claims
 * and quote speakers, per document. Pure: used by `npm run corpus:eval` and
 * by the unit test that holds the quality targets.
 */
import type { CorpusPack, EntityType, Qualifier } from '../../src/shared/records';
import { normalize } from '../../src/text/normalize';

export interface GoldFigure {
  value: number;
  unit: string;
  qualifier: Qualifier;
  counted?: string;
}

export interface Gold {
  /** The raw document, from the repository root. */
  file: string;
  names: { name: string; type: EntityType; aliases: string[]; description?: string }[];
  claims: { text: string; figures: GoldFigure[]; date?: string }[];
  quotes: { text: string; speaker: string }[];
  chrome: string[];
}

export interface Score {
  found: number;
  expected: number;
  predicted: number;
  correct: number;
}

export interface DocumentScore {
  docId: string;
  /** People and organisations: recall needs the right type. */
  people: Score;
  /** Every name of every type (type not required): precision is over all of them. */
  names: Score;
  /** Gold spellings (other than the full name) of found people and organisations, seen as mentions. */
  spellings: { found: number; expected: number };
  claims: Score;
  /** Of the claims found, those whose every gold figure (value, unit, qualifier) and date is right. What is counted is free text in the gold: reported, not scored. */
  claimDetails: { right: number; of: number; errors: string[] };
  /** Quotes found with the right speaker. */
  quotes: Score;
  /** Chrome strings that made it into a claim or a quote. */
  chromeLeaks: string[];
  misses: string[];
}

const key = (text: string) => normalize(text).replace(/['’]s$/, '').replace(/^(?:the )/, '');
/** Quotes compared on words only: marks, punctuation and spacing differ between a capture and its cleaned text. */
const words = (text: string) => (normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

export function ratio(score: Pick<Score, 'found' | 'expected'>): number {
  return score.expected ? score.found / score.expected : 1;
}

export function precision(score: Pick<Score, 'correct' | 'predicted'>): number {
  return score.predicted ? score.correct / score.predicted : 1;
}

export function evaluateDocument(pack: CorpusPack, docId: string, gold: Gold): DocumentScore {
  const misses: string[] = [];
  const doc = pack.documents.find((d) => d.id === docId);
  if (!doc) throw new Error(`no document ${docId} in the pack`);

  // Names: the entities this document mentions, with the forms it uses.
  const predicted = pack.entities
    .map((e) => ({ entity: e, forms: new Set(e.mentions.filter((m) => m.docId === docId).map((m) => key(m.text))) }))
    .filter((p) => p.forms.size > 0)
    .map((p) => ({ ...p, forms: new Set([...p.forms, key(p.entity.name)]) }));
  // A gold name matches the name alone too: without a trailing common noun ("Príncipe Felipe terminal") or an owner ("RFE/RL's Belarus Service").
  const variants = (form: string) => [form, form.replace(/(?:\s+\p{Ll}[\p{Ll}-]*)+$/u, ''), form.replace(/^.*['’]s\s+/, '')];
  const goldForms = gold.names.map((g) => new Set([g.name, ...g.aliases].flatMap(variants).map(key)));
  const matchOf = (forms: Set<string>) => predicted.filter((p) => [...p.forms].some((f) => forms.has(f)));
  const people: Score = { found: 0, expected: 0, predicted: 0, correct: 0 };
  const names: Score = { found: 0, expected: gold.names.length, predicted: predicted.length, correct: 0 };
  const spellings = { found: 0, expected: 0 };
  gold.names.forEach((g, i) => {
    const matches = matchOf(goldForms[i]);
    if (matches.length) names.found++;
    if (g.type !== 'person' && g.type !== 'organization') return;
    people.expected++;
    const typed = matches.find((m) => m.entity.type === g.type);
    if (!typed) {
      misses.push(`${g.type} ${g.name}${matches.length ? ` (found as ${matches.map((m) => m.entity.type).join(', ')})` : ''}`);
      return;
    }
    people.found++;
    for (const alias of g.aliases) {
      spellings.expected++;
      if (typed.forms.has(key(alias))) spellings.found++;
      else misses.push(`spelling ${alias} of ${g.name}`);
    }
  });
  for (const p of predicted) {
    const right = goldForms.some((forms) => [...p.forms].some((f) => forms.has(f)));
    if (right) names.correct++;
    else misses.push(`extra name ${p.entity.name} (${p.entity.type})`);
    if (p.entity.type === 'person' || p.entity.type === 'organization') {
      people.predicted++;
      if (gold.names.some((g, i) => g.type === p.entity.type && [...p.forms].some((f) => goldForms[i].has(f)))) people.correct++;
      else if (right) misses.push(`${p.entity.name} typed ${p.entity.type}, gold says otherwise`);
    }
  }

  // Claims: a predicted claim is the gold one when its sentence holds the gold text.
  const docClaims = pack.claims.filter((c) => c.docId === docId);
  const claims: Score = { found: 0, expected: gold.claims.length, predicted: docClaims.length, correct: 0 };
  const claimDetails = { right: 0, of: 0, errors: [] as string[] };
  const claimMatched = new Set<number>();
  for (const g of gold.claims) {
    const at = docClaims.findIndex((c) => words(c.text).includes(words(g.text)));
    if (at < 0) {
      misses.push(`claim "${g.text}"`);
      continue;
    }
    claims.found++;
    claimMatched.add(at);
    claimDetails.of++;
    const claim = docClaims[at];
    const wrong = g.figures.filter(
      (f) => !claim.figures.some((p) => p.unit === f.unit && p.qualifier === f.qualifier && Math.abs(p.value - f.value) <= Math.abs(f.value) * 1e-9),
    );
    const dateWrong = g.date !== undefined && claim.date !== g.date;
    if (!wrong.length && !dateWrong) claimDetails.right++;
    else {
      claimDetails.errors.push(
        `"${g.text}": ${[...wrong.map((f) => `${f.qualifier} ${f.value} ${f.unit}${f.counted ? ` (${f.counted})` : ''}`), ...(dateWrong ? [`date ${g.date}, got ${claim.date}`] : [])].join('; ')} — got ${claim.figures.map((p) => `${p.qualifier} ${p.value} ${p.unit}${p.counted ? ` (${p.counted})` : ''}`).join('; ') || 'no figures'}`,
      );
    }
  }
  docClaims.forEach((c, i) => {
    if (!claimMatched.has(i) && !gold.claims.some((g) => words(c.text).includes(words(g.text)))) misses.push(`extra claim "${c.text.slice(0, 90)}"`);
  });
  // Precision: predicted claims that hold some gold claim (one sentence may hold two).
  claims.correct = docClaims.filter((c) => gold.claims.some((g) => words(c.text).includes(words(g.text)))).length;

  // Quotes: the gold text opens (or sits in) a predicted quote; the speaker is the gold one.
  const docQuotes = pack.quotes.filter((q) => q.docId === docId);
  const quotes: Score = { found: 0, expected: gold.quotes.length, predicted: docQuotes.length, correct: 0 };
  const speakerForms = (speaker: string) => {
    const g = gold.names.find((n) => key(n.name) === key(speaker));
    return new Set([speaker, ...(g?.aliases ?? [])].map(key));
  };
  for (const g of gold.quotes) {
    const quote = docQuotes.find((q) => words(q.text).includes(words(g.text)));
    if (!quote) {
      misses.push(`quote "${g.text}" (${g.speaker})`);
      continue;
    }
    const entity = quote.speakerEntityId ? pack.entities.find((e) => e.id === quote.speakerEntityId) : undefined;
    const forms = speakerForms(g.speaker);
    const said = [quote.speaker ?? '', ...(entity ? [entity.name, ...entity.aliases.map((a) => a.text)] : [])].map(key);
    if (said.some((s) => forms.has(s))) quotes.found++;
    else misses.push(`speaker of "${g.text}": ${g.speaker}, got ${quote.speaker ?? 'none'}`);
  }
  quotes.correct = docQuotes.filter((q) => gold.quotes.some((g) => words(q.text).includes(words(g.text)))).length;
  for (const q of docQuotes) if (!gold.quotes.some((g) => words(q.text).includes(words(g.text)))) misses.push(`extra quote "${q.text.slice(0, 80)}"`);

  const chromeLeaks = gold.chrome.filter((chrome) => {
    const needle = words(chrome);
    // A one-word label ("Loading…") may be an ordinary word of the article too: it leaks only as a whole claim or quote.
    if (!needle.includes(' ')) return [...docClaims, ...docQuotes].some((item) => words(item.text) === needle);
    return needle.length > 0 && [...docClaims, ...docQuotes].some((item) => ` ${words(item.text)} `.includes(` ${needle} `));
  });
  for (const leak of chromeLeaks) misses.push(`chrome in a claim or quote: "${leak}"`);

  return { docId, people, names, spellings, claims, claimDetails, quotes, chromeLeaks, misses };
}
