import type { BuildStepReply, BuildStepRequest } from '../shared/messages';
import { NothingLeftError } from './build-inputs';
import { readShare, shareClaimsAndQuotes, shareLowercaseWords, shareNameSpans, type ReadShare } from './build-steps';
import { entitiesFromSpans } from './entities';

/** Progress at most this often: each message is a task for the thread that reads it. */
const PROGRESS_MS = 100;

/**
 * The worker side of a parallel build: answers each step it is sent,
 * holding its share of the documents from `read` to `extract`. The same in
 * a Web Worker and in a Node worker thread: only `post` differs.
 */
export function buildStepServer(post: (reply: BuildStepReply) => void): (request: BuildStepRequest) => void {
  let share: ReadShare | null = null;
  const held = (): ReadShare => {
    if (!share) throw new Error('A build step came before its documents were read.');
    return share;
  };
  return (request) => {
    let done = 0;
    let last = Date.now();
    const onDocument = () => {
      done++;
      if (Date.now() - last < PROGRESS_MS) return;
      last = Date.now();
      post({ type: 'progress', done });
    };
    try {
      switch (request.step) {
        case 'read':
          share = readShare(request.inputs, request.firstIndex, request.origin, request.minWords);
          post({ type: 'read', documents: share.documents, sentences: share.sentences, lowercase: shareLowercaseWords(share) });
          return;
        case 'names':
          post({ type: 'names', spans: shareNameSpans(held(), new Set(request.lowercase), request.rules, onDocument) });
          return;
        case 'merge': {
          const entities = entitiesFromSpans(request.spans, new Map(request.texts), new Set(request.lowercase), request.aliasTable ?? undefined, request.rules);
          post({ type: 'merge', entities: entities.map((e) => ({ ...e, origin: request.origin })) });
          return;
        }
        case 'extract': {
          const { claims, quotes } = shareClaimsAndQuotes(held(), new Map(request.named), request.origin, onDocument);
          share = null;
          post({ type: 'extract', claims, quotes });
          return;
        }
      }
    } catch (error) {
      const nothingLeft = error instanceof NothingLeftError ? { index: error.index, key: error.key, words: error.words } : null;
      post({ type: 'error', message: error instanceof Error ? error.message : String(error), nothingLeft });
    }
  };
}
