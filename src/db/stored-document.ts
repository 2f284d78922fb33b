import { textKeyOf } from '../corpus/text-key';
import type { ClaimRecord, CorpusPack, DocumentRecord, EntityRecord, Origin, QuoteRecord, SentenceRecord } from '../shared/records';

/** A sentence as stored: its place in the document's text (the text is that slice). */
export interface SentenceSpan {
  id: string;
  start: number;
  end: number;
}

/**
 * A document as the database keeps it: with its sentences, claims and quotes
 * inside. IndexedDB pays per record written (about 0.2 ms each in Chrome on
 * a 2-core machine, whatever its size), so a 1,000-article import is about
 * 1,000 records plus entities instead of 57,000.
 */
export interface StoredDocument extends DocumentRecord {
  sentences: SentenceSpan[];
  claims: ClaimRecord[];
  quotes: QuoteRecord[];
  /** The entity ids of the quotes' speakers, indexed: a name's quotes without reading every document. */
  speakers: string[];
  /** What the corpus list shows, indexed: the list is read from the index alone, never the documents (see `listingOf`). */
  listing: Listing;
  /** The entities the document mentions: its names without reading every entity. */
  entityIds: string[];
  /** Its text as a key, indexed: an import tells the documents the corpus has without reading them (see textKeyOf). */
  textKey: string;
}

/** Title, outlet, published and origin; a missing value is "" (index keys can't hold null). */
export type Listing = [title: string, outlet: string, published: string, origin: Origin];

export function listingOf(doc: DocumentRecord): Listing {
  return [doc.title, doc.outlet ?? '', doc.published ?? '', doc.origin];
}

/** The document a sentence, claim or quote id belongs to: ids are `${docId}#<name>` (the pack format says so). */
export function docIdOf(id: string): string {
  const hash = id.lastIndexOf('#');
  return hash < 0 ? id : id.slice(0, hash);
}

/**
 * A pack's records gathered into their documents, each marked with `origin`;
 * `entities` (as they will be stored) say which each mentions. `textKeys`:
 * documents' text keys already computed, by id (the rest are computed here).
 */
export function storedDocuments(
  pack: Pick<CorpusPack, 'documents' | 'sentences' | 'claims' | 'quotes'> & { entities?: readonly EntityRecord[] },
  origin: Origin,
  textKeys?: ReadonlyMap<string, string>,
): StoredDocument[] {
  const byId = new Map<string, StoredDocument>();
  for (const doc of pack.documents) {
    byId.set(doc.id, { ...doc, origin, sentences: [], claims: [], quotes: [], speakers: [], listing: listingOf({ ...doc, origin }), entityIds: [], textKey: textKeys?.get(doc.id) ?? textKeyOf(doc.text) });
  }
  for (const entity of pack.entities ?? []) {
    for (const docId of new Set(entity.mentions.map((m) => m.docId))) byId.get(docId)?.entityIds.push(entity.id);
  }
  for (const s of pack.sentences) byId.get(s.docId)?.sentences.push({ id: s.id, start: s.start, end: s.end });
  for (const c of pack.claims) byId.get(c.docId)?.claims.push({ ...c, origin });
  for (const q of pack.quotes) byId.get(q.docId)?.quotes.push({ ...q, origin });
  for (const doc of byId.values()) doc.speakers = [...new Set(doc.quotes.flatMap((q) => (q.speakerEntityId ? [q.speakerEntityId] : [])))];
  return [...byId.values()];
}

/** A stored sentence with its text. */
export function sentenceRecord(doc: DocumentRecord, span: SentenceSpan): SentenceRecord {
  return { id: span.id, docId: doc.id, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

/** The document's metadata and text alone, as cards, citations and the source view show it. */
export function documentRecord(doc: StoredDocument): DocumentRecord {
  const { sentences: _s, claims: _c, quotes: _q, speakers: _p, listing: _l, entityIds: _e, textKey: _t, ...record } = doc;
  return record;
}
