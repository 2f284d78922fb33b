import type { CorpusPack } from '../shared/records';
import { buildPack, type BuildOptions } from './build-pack';
import type { AliasTable } from './entities';
import { asImportError, userBuildOptions, userDocuments } from './user-documents';
import type { UserDocumentInput } from './user-input';

/**
 * What a user hands in, checked and ingested into a pack of their own, in
 * one thread (the extension reads them in workers: ui/import). One bad input
 * rejects the whole import with a message saying which and why. The default
 * corpus's alias table applies: spellings no rule derives (Tsikhanouskaya)
 * join the user's names as they join the shipped ones.
 */
export function buildUserPack(inputs: UserDocumentInput[], { aliasTable, onProgress }: { aliasTable?: AliasTable; onProgress?: BuildOptions['onProgress'] } = {}): CorpusPack {
  const documents = userDocuments(inputs);
  try {
    return buildPack(documents, userBuildOptions({ aliasTable, onProgress }));
  } catch (error) {
    throw asImportError(error, inputs);
  }
}
