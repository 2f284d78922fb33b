import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/corpus/build-pack';
import { compileSegment, createMatcher, loadSegment, withoutDocuments } from '../../../src/match';
import type { ClaimHit, NameHit, QuoteHit } from '../../../src/shared/hits';
import type { CorpusPack } from '../../../src/shared/records';
import { readAliasTable, readCorpusFolder } from '../../../scripts/read-corpus-folder';

const pack = buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') });
// The same articles again under other document ids: every claim and quote has a twin in another document.
const twin = JSON.parse(JSON.stringify(pack).replaceAll('"doc:', '"doc:twin-')) as CorpusPack;
const original = new Set(pack.documents.map((d) => d.id));
const copies = new Set(twin.documents.map((d) => d.id));
const segment = loadSegment(compileSegment({ entities: pack.entities, claims: [...pack.claims, ...twin.claims], quotes: [...pack.quotes, ...twin.quotes] }));

const CLAIM = 'Vladimir Putin promised Lukashenka a $3 billion state loan.';
const QUOTE = '“At no stage was it a fight against Russia,” said Svetlana Tikhanovskaya.';
const claimOf = (text: string, docIds: ReadonlySet<string>) => createMatcher([withoutDocuments(segment, docIds)]).matchBlock(text).find((h): h is ClaimHit => h.kind === 'claim');
const quoteOf = (text: string, docIds: ReadonlySet<string>) => createMatcher([withoutDocuments(segment, docIds)]).matchBlock(text).find((h): h is QuoteHit => h.kind === 'quote');

describe('documents removed from a segment not compiled again yet', () => {
  it('are passed over: the claim another document states is found instead, with the same verdict', () => {
    const before = claimOf(CLAIM, new Set())!;
    expect(before.claimId.startsWith('doc:twin-')).toBe(false);
    const after = claimOf(CLAIM, original)!;
    expect(after.claimId).toBe(before.claimId.replace('doc:', 'doc:twin-'));
    expect(after).toMatchObject({ verdict: before.verdict, pageFigure: before.pageFigure, corpusFigure: before.corpusFigure });
    expect(claimOf(CLAIM, new Set([...original, ...copies]))).toBeUndefined();
  });

  it('are passed over for quotes too', () => {
    const before = quoteOf(QUOTE, new Set())!;
    expect(quoteOf(QUOTE, original)).toMatchObject({ quoteId: before.quoteId.replace('doc:', 'doc:twin-'), verdict: 'exact' });
    expect(quoteOf(QUOTE, new Set([...original, ...copies]))).toBeUndefined();
  });

  it('leave the segment as it was when none of them is in it', () => {
    expect(withoutDocuments(segment, new Set(['doc:elsewhere'])).removed).toEqual({ claims: null, quotes: null });
    expect(withoutDocuments(segment, new Set())).toBe(segment);
  });

  it('take the names of the entities removed with them', () => {
    const names = (removed: string[]) =>
      createMatcher([segment], new Set(removed))
        .matchBlock('Alexander Lukashenko met Vladimir Putin.')
        .filter((h): h is NameHit => h.kind === 'name')
        .map((h) => h.entityId);
    expect(names([])).toEqual(['ent:alexander-lukashenko', 'ent:vladimir-putin']);
    expect(names(['ent:vladimir-putin'])).toEqual(['ent:alexander-lukashenko']);
  });

  it('leave a live name inside a removed longer one to be found', () => {
    const names = (removed: string[]) =>
      createMatcher([segment], new Set(removed))
        .matchBlock('Members of United Russia voted for it.')
        .filter((h): h is NameHit => h.kind === 'name')
        .map((h) => [h.entityId, h.alias]);
    expect(names([])).toEqual([['ent:united-russia', 'United Russia']]);
    expect(names(['ent:united-russia'])).toEqual([['ent:russia', 'Russia']]);
  });
});
