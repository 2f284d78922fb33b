import { fnv1a } from '../shared/hash';
import type { CorpusPack } from '../shared/records';
import { defaultAliasTable } from './alias-table';
import { buildPack, NothingLeftError, type BuildOptions } from './build-pack';
import type { AliasTable } from './entities';
import { ImportError, inputLabel, MIN_WORDS, readUserDocument, type UserDocumentInput } from './user-input';

/**
 * What a user hands in, checked and ingested into a pack of their own. One
 * bad input rejects the whole import with a message saying which and why.
 * Runs in the extension page that asked (options, popup), not in the
 * service worker: ingestion loads the NLP model, the worker stays light.
 * The default corpus's alias table applies: spellings no rule derives
 * (Tsikhanouskaya) join the user's names as they join the shipped ones.
 */
export function buildUserPack(
  inputs: UserDocumentInput[],
  { aliasTable = defaultAliasTable(), onProgress }: { aliasTable?: AliasTable; onProgress?: BuildOptions['onProgress'] } = {},
): CorpusPack {
  if (!inputs.length) throw new ImportError('The import', 'has no documents.');
  const documents = inputs.map(readUserDocument);
  try {
    return buildPack(
      documents.map(({ text, meta }) => ({ key: `user-${fnv1a(`${meta.title}\n${text}`)}`, meta, raw: text })),
      { origin: 'user', aliasTable, minWords: MIN_WORDS, onProgress },
    );
  } catch (error) {
    if (!(error instanceof NothingLeftError)) throw error;
    const left = error.words ? `only ${error.words} word${error.words === 1 ? '' : 's'}` : 'no article text';
    throw new ImportError(
      inputLabel(inputs[error.index]),
      `has ${left} left once page chrome (navigation, share, cookie and subscription lines) is removed; paste the article itself.`,
    );
  }
}
