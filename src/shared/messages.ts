import type { RawDocument } from '../corpus/build-inputs';
import type { AliasTable } from '../corpus/entities';
import type { NamedMention } from '../corpus/mentions';
import type { NameSpan } from '../corpus/names/spans';
import type { UserDocumentInput } from '../corpus/user-input';
import type { Hit } from './hits';
import type { Settings } from '../settings/settings';
import type { ClaimRecord, CorpusPack, DocumentRecord, EntityRecord, Origin, QuoteRecord, SentenceRecord } from './records';
import type { CitedSentence, SourceContext, SourceMap } from './sources';

/**
 * Every message between contexts, in one place. Content scripts cannot open
 * the extension's IndexedDB, so they ask the background; the popup asks the
 * content script of its tab what the page holds.
 */

/** Content script → background. */
export type BackgroundRequest =
  | { type: 'match'; blocks: string[]; pageDate: string | null }
  | { type: 'sources'; ids: string[] }
  | { type: 'get-settings' }
  | { type: 'set-settings'; settings: Settings }
  /** Opens the source view in a new tab (content scripts can't open extension pages themselves). */
  | { type: 'open-source'; docId: string; sentenceId: string | null }
  /**
   * Extension pages store imports in the shared IndexedDB themselves, from a worker (a pack can be far over a
   * message's 64 MiB), and compile segments there too; they ask the background to have the corpus seeded first.
   */
  | { type: 'prepare-import' }
  | { type: 'list-documents' }
  | { type: 'remove-document'; docId: string }
  /** Every document the user added, at once. */
  | { type: 'remove-user-documents' }
  | { type: 'lookup'; query: string };

/** What a look-up found across the corpus. */
export interface LookupResponse {
  query: string;
  names: SourceContext[];
  sentences: CitedSentence[];
}

/** What an import added. */
export interface ImportSummary {
  documents: number;
  /** Documents left out: already in the corpus, or chosen twice. */
  skipped: number;
  entities: number;
  newEntities: number;
  claims: number;
  quotes: number;
}

/** A corpus document as the options page lists it. */
export interface DocumentSummary {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  origin: Origin;
}

export interface MatchResponse {
  /** One list of hits per requested block, same order. */
  hits: Hit[][];
  /** Source context for every id the hits name. */
  sources: SourceMap;
}

export interface SourcesResponse {
  sources: SourceMap;
}

export interface BackgroundResponses {
  match: MatchResponse;
  sources: SourcesResponse;
  'get-settings': Settings;
  'set-settings': Settings;
  'open-source': { opened: boolean };
  'prepare-import': { ready: true };
  'list-documents': DocumentSummary[];
  'remove-document': { removed: boolean };
  'remove-user-documents': { removed: number };
  lookup: LookupResponse;
}

/** A highlight as the popup lists it. */
export interface Finding {
  id: string;
  kind: Hit['kind'];
  /** The page's text that is highlighted. */
  text: string;
  verdict: string | null;
  count: number;
}

/** Popup or background → content script. */
export type TabRequest =
  | { type: 'findings' }
  /** Scroll to and flash a corpus item's first highlight (of this verdict, when given: one quote may be exact here and altered there). */
  | { type: 'reveal'; id: string; verdict?: string | null }
  /** The settings changed: apply them. */
  | { type: 'settings'; settings: Settings }
  /** Move keyboard focus to the next (1) or previous (-1) highlight. */
  | { type: 'step'; direction: 1 | -1 }
  /** Focus the share bar of the page's selection (the share command). */
  | { type: 'share' }
  /** The page's markup, for "Add this page to the corpus". */
  | { type: 'page-html' };

export interface PageHtmlResponse {
  html: string;
  url: string;
}

export interface FindingsResponse {
  url: string;
  title: string;
  /** True while the page is still being read: findings may grow. */
  scanning: boolean;
  /** False when highlights are off or paused on this site. */
  active: boolean;
  findings: Finding[];
  sources: SourceMap;
}

/** Thrown across the messaging boundary as `{ error }`, so callers get a message, not a silent undefined. */
export interface ErrorResponse {
  error: string;
}

/**
 * An extension page → its import worker: documents to read and store, a
 * pack file to read, check and store, or the matcher's segments to bring up
 * to date after a removal (see compactSegments). Reading tags every word, and
 * storing joins entities, writes every record and compiles the matcher:
 * seconds for a large import, none of it on the page's main thread or in
 * the service worker.
 */
export type ImportRequest = ImportInput | { kind: 'compact' };
/** What an import reads: documents, or a pack file. */
export type ImportInput = { kind: 'documents'; inputs: UserDocumentInput[] } | { kind: 'file'; file: Blob; fileName: string };

/** The import worker → its page: how far reading got (`done` of `total` steps), that it is storing, then what was added or what was wrong. */
export type ImportReply =
  | { type: 'reading'; done: number; total: number }
  | { type: 'storing' }
  | { type: 'stored'; summary: ImportSummary }
  /** Segments compiled again or merged (after an import, too): the worker's work is done. */
  | { type: 'compacted'; replaced: number }
  | { type: 'error'; message: string };

/**
 * An import worker (or a Node script) → one of its build workers: a step of
 * a parallel build over the worker's share of the documents (see
 * corpus/parallel-build). A worker holds its share from `read` to `extract`.
 */
export type BuildStepRequest =
  | { step: 'read'; inputs: RawDocument[]; firstIndex: number; origin: Origin; minWords: number }
  | { step: 'names'; lowercase: string[]; rules: boolean }
  /** To one worker: every share's spans, in document order, merged into the corpus's entities. */
  | { step: 'merge'; spans: NameSpan[]; texts: [docId: string, text: string][]; lowercase: string[]; aliasTable: AliasTable | null; rules: boolean; origin: Origin }
  | { step: 'extract'; named: [docId: string, names: NamedMention[]][]; origin: Origin };

/** A build worker → what coordinates the build: progress (documents done in this step), then the step's result or what was wrong. */
export type BuildStepReply =
  | { type: 'progress'; done: number }
  | { type: 'read'; documents: DocumentRecord[]; sentences: SentenceRecord[][]; lowercase: string[] }
  | { type: 'names'; spans: NameSpan[] }
  | { type: 'merge'; entities: EntityRecord[] }
  | { type: 'extract'; claims: ClaimRecord[]; quotes: QuoteRecord[] }
  | { type: 'error'; message: string; nothingLeft: { index: number; key: string; words: number } | null };
