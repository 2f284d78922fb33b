import { hash64 } from '../shared/hash';
import { defaultAliasTable } from './alias-table';
import { NothingLeftError, type RawDocument } from './build-inputs';
import type { BuildOptions } from './build-options';
import { ImportError, inputLabel, MIN_WORDS, readUserDocument, type UserDocumentInput } from './user-input';

/** The user's inputs checked (throwing an ImportError for the first bad one) and keyed for a build. */
export function userDocuments(inputs: UserDocumentInput[]): RawDocument[] {
  if (!inputs.length) throw new ImportError('The import', 'has no documents.');
  return inputs.map(readUserDocument).map(({ text, meta }) => ({ key: `user-${hash64(`${meta.title}\n${text}`)}`, meta, raw: text }));
}

/** How a user's documents are built: as the user's, with the default alias table, refusing captures with too little article left. */
export function userBuildOptions({ aliasTable = defaultAliasTable(), onProgress }: Pick<BuildOptions, 'aliasTable' | 'onProgress'> = {}): BuildOptions {
  return { origin: 'user', aliasTable, minWords: MIN_WORDS, onProgress };
}

/** A build's failure as the user should read it: a capture with nothing left is named by its file or title. */
export function asImportError(error: unknown, inputs: UserDocumentInput[]): unknown {
  if (!(error instanceof NothingLeftError)) return error;
  const left = error.words ? `only ${error.words} word${error.words === 1 ? '' : 's'}` : 'no article text';
  return new ImportError(
    inputLabel(inputs[error.index]),
    `has ${left} left once page chrome (navigation, share, cookie and subscription lines) is removed; paste the article itself.`,
  );
}
