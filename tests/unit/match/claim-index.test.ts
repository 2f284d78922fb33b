import { describe, expect, it } from 'vitest';
import { extractDates, extractFigures } from '../../../src/figures/extract';
import { pageDateOf } from '../../../src/match/date-compare';
import { ClaimIndex, compileClaims, figureKey } from '../../../src/match/claims';
import { buildEdgeTable, childOf } from '../../../src/match/edge-table';
import { compileSegment, createMatcher, loadSegment } from '../../../src/match';
import type { ClaimRecord, EntityRecord } from '../../../src/shared/records';
import { contentTerms } from '../../../src/text/terms';

const CITIES = 2_000;

/** Many claims of one shape: the common words are in all of them, the city and the figure in one. */
function claim(i: number): ClaimRecord {
  const text = `Police detained ${1_000 + i} protesters in Town${i} on Sunday, officials said.`;
  return {
    id: `doc:${i}#c0`,
    docId: `doc:${i}`,
    sentenceId: `doc:${i}#s0`,
    start: 0,
    end: text.length,
    text,
    figures: extractFigures(text),
    date: '2021-01-24',
    entityIds: [`ent:town${i}`],
    origin: 'user',
  };
}

const index = new ClaimIndex(structuredClone(compileClaims(Array.from({ length: CITIES }, (_, i) => claim(i)))));
const query = (text: string, entityIds: string[]) =>
  index.best({ terms: contentTerms(text), entityIds, figures: extractFigures(text).filter((f) => f.unit !== 'year'), date: null, days: [], years: [] });

describe('the claim index at scale', () => {
  it('finds the one claim about the same place among thousands that share every common word', () => {
    expect(query('Police detained 1,777 protesters in Town777 on Sunday.', ['ent:town777'])).toMatchObject({ claimId: 'doc:777#c0', verdict: 'supported' });
    expect(query('Police detained 5,000 protesters in Town777 on Sunday.', ['ent:town777'])).toMatchObject({ claimId: 'doc:777#c0', verdict: 'contradicted' });
  });

  it('retrieves nothing for a sentence that shares only common words', () => {
    expect(query('Police detained protesters on Sunday, officials said.', [])).toBeNull();
  });

  it('past 65,536 claims, finds claims of every block of them, from postings kept two bytes a claim', () => {
    const count = 140_000;
    const compiled = compileClaims(Array.from({ length: count }, (_, i) => claim(i)));
    expect(compiled.postClaims).toBeInstanceOf(Uint16Array);
    expect(compiled.postBlocks.length).toBe(2 * compiled.terms.length);
    const large = new ClaimIndex(structuredClone(compiled));
    for (const i of [777, 65_535, 65_536, 70_777, 139_999]) {
      const text = `Police detained ${1_000 + i} protesters in Town${i} on Sunday.`;
      const found = large.best({ terms: contentTerms(text), entityIds: [`ent:town${i}`], figures: extractFigures(text).filter((f) => f.unit !== 'year'), date: null, days: [], years: [] });
      expect(found).toMatchObject({ claimId: `doc:${i}#c0`, verdict: 'supported' });
    }
  });

  it('past 65,536 claims, finds the one claim that a sentence of common words names together, in any block', () => {
    // Every word is in hundreds of claims and the figure in all: only the three words together name one claim (i = a + 200 b + 40,000 c).
    const letters = (k: number) => String.fromCharCode(97 + (k % 26), 97 + Math.floor(k / 26));
    const goods = Array.from({ length: 200 }, (_, k) => `good${letters(k)}`);
    const towns = Array.from({ length: 200 }, (_, k) => `Town${letters(k)}`);
    const text = (i: number) => `Prices of ${goods[i % 200]} in ${towns[Math.floor(i / 200) % 200]} rose 15% in quarter${letters(Math.floor(i / 40_000))}.`;
    const claims = Array.from({ length: 140_000 }, (_, i) => ({ ...claim(i), text: text(i), figures: extractFigures(text(i)), date: null, entityIds: [] }));
    const large = new ClaimIndex(compileClaims(claims));
    for (const i of [1_234, 65_535, 65_536, 100_123, 139_999]) {
      const found = large.best({ terms: contentTerms(text(i)), entityIds: [], figures: extractFigures(text(i)), date: null, days: [], years: [] });
      expect(found).toMatchObject({ claimId: `doc:${i}#c0`, verdict: 'supported' });
    }
  });

  it('keys figures by unit and two significant digits, so close figures meet', () => {
    expect(figureKey({ unit: 'count', value: 3711 })).toBe(figureKey({ unit: 'count', value: 3700 }));
    expect(figureKey({ unit: 'usd', value: 1.5e9 })).not.toBe(figureKey({ unit: 'usd', value: 3e9 }));
  });
});

describe('a day the page names that its own claim is not dated by', () => {
  // The statement's own claim is about January ("last January"); "May 19" dates only the agency's saying so. Two hundred
  // other claims are of May 19 and have figures, and each of the statement's terms is common alone (Poland, 11%, its words):
  // the claims of that day must not take the place of the search that finds it by its terms together.
  const record = (id: string, text: string, date: string | null, entityIds: string[]): ClaimRecord => ({
    id: `${id}#c0`,
    docId: id,
    sentenceId: `${id}#s0`,
    start: 0,
    end: text.length,
    text,
    figures: extractFigures(text),
    date,
    entityIds,
    origin: 'user',
  });
  const statement = 'Annual inflation in Poland accelerated to 11% last January, driven by soaring gas prices, the agency said on May 19.';
  const sameDay = Array.from({ length: 200 }, (_, i) => record(`doc:day${i}`, `Police in Town${i} detained ${200 + i} protesters on May 19, officials said.`, '2025-05-19', [`ent:town${i}`]));
  const inPoland = Array.from({ length: 300 }, (_, i) =>
    record(`doc:poland${i}`, `Annual inflation in Poland accelerated to ${12 + (i % 80)}% last January, driven by soaring gas prices, the agency said.`, '2025-01', ['ent:poland']),
  );
  const atEleven = Array.from({ length: 300 }, (_, i) =>
    record(`doc:eleven${i}`, `Annual inflation in Country${i} accelerated to 11% last January, driven by soaring gas prices, the agency said.`, '2025-01', [`ent:country${i}`]),
  );
  const claims = new ClaimIndex(compileClaims([...sameDay, ...inPoland, ...atEleven, record('doc:statement', statement, '2025-01', ['ent:poland'])]));

  it('still finds the statement', () => {
    const query = { terms: contentTerms(statement), entityIds: ['ent:poland'], figures: extractFigures(statement), date: pageDateOf(extractDates(statement, '2025-05-20'), statement), days: ['05-19'], years: [] };
    expect(claims.best(query)).toMatchObject({ claimId: 'doc:statement#c0', verdict: 'supported' });
  });
});

describe('the edge table', () => {
  it('finds every edge, collisions included, and nothing else', () => {
    const edges = Array.from({ length: 5_000 }, (_, i) => ({ parent: i % 97, word: i, child: i + 1 }));
    const table = buildEdgeTable(edges);
    for (const edge of edges) expect(childOf(table, edge.parent, edge.word)).toBe(edge.child);
    expect(childOf(table, 0, 1)).toBe(-1);
    expect(childOf(table, 5_000, 0)).toBe(-1);
  });
});

describe('a surname several people share', () => {
  const statement = (id: string, surname: string, entityIds: string[]): ClaimRecord => {
    const text = `${surname}, who has studied Italy for 21 years, said the official figures understated the scale of the problem.`;
    return { id, docId: id.split('#')[0], sentenceId: `${id}-s`, start: 0, end: text.length, text, figures: extractFigures(text), date: null, entityIds, origin: 'user' };
  };
  const person = (id: string, name: string): EntityRecord => {
    const surname = name.split(' ')[1];
    return {
      id,
      type: 'person',
      name,
      aliases: [{ text: name, kind: 'canonical' }, { text: surname, kind: 'surname' }],
      description: null,
      mentions: [],
      origin: 'user',
    };
  };
  const entities: EntityRecord[] = [
    person('ent:nikita-bilyk', 'Nikita Bilyk'),
    person('ent:alina-bilyk', 'Alina Bilyk'),
    person('ent:ivan-nikolaev', 'Ivan Nikolaev'),
    person('ent:oleg-nikolaev', 'Oleg Nikolaev'),
    { id: 'ent:italy', type: 'place', name: 'Italy', aliases: [{ text: 'Italy', kind: 'canonical' }], description: null, mentions: [], origin: 'user' },
  ];
  const input = {
    entities,
    // The same sentence in two sources, by surname alone: the first source's Nikolaev was not resolved, its Bilyk was.
    claims: [statement('doc:a#c0', 'Nikolaev', ['ent:italy']), statement('doc:b#c0', 'Bilyk', ['ent:nikita-bilyk', 'ent:italy'])],
    quotes: [],
  };
  const matcher = createMatcher([loadSegment(structuredClone(compileSegment(input)))]);

  it('resolves to no one on the page, yet the claim that names one of them is the one restated', () => {
    const hits = matcher.matchBlock('Bilyk, who has studied Italy for 21 years, said the official figures understated the scale of the problem.');
    expect(hits.filter((h) => h.kind === 'name' && h.entityType === 'person')).toEqual([]);
    expect(hits.find((h) => h.kind === 'claim')).toMatchObject({ claimId: 'doc:b#c0', verdict: 'supported' });
  });

  it('the other source keeps its own restatement', () => {
    const hits = matcher.matchBlock('Nikolaev, who has studied Italy for 21 years, said the official figures understated the scale of the problem.');
    expect(hits.find((h) => h.kind === 'claim')).toMatchObject({ claimId: 'doc:a#c0' });
  });
});
