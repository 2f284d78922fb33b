import type { Hit } from './hits';
import type { SourceMap } from './sources';

/**
 * Every message between contexts, in one place. Content scripts cannot open
 * the extension's IndexedDB, so they ask the background; the popup asks the
 * content script of its tab what the page holds.
 */

/** Content script → background. */
export type BackgroundRequest =
  | { type: 'match'; blocks: string[]; pageDate: string | null }
  | { type: 'sources'; ids: string[] };

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

/** Popup → content script. */
export type TabRequest = { type: 'findings' } | { type: 'reveal'; id: string };

export interface FindingsResponse {
  url: string;
  title: string;
  /** True while the page is still being read: findings may grow. */
  scanning: boolean;
  findings: Finding[];
  sources: SourceMap;
}

/** Thrown across the messaging boundary as `{ error }`, so callers get a message, not a silent undefined. */
export interface ErrorResponse {
  error: string;
}
