import { buildPack } from '../corpus/build-pack';
import { ImportError, readUserDocument, type UserDocumentInput } from '../corpus/user-input';
import { parsePack } from '../corpus/validate-pack';
import type { FactmarkDb } from '../db/database';
import { importUserPack } from '../db/import-pack';
import type { ImportSummary } from '../shared/messages';
import { fnv1a } from '../shared/hash';

/**
 * Turns what a user hands in into corpus records and stores them in one
 * transaction. Every input is checked first: one bad input rejects the whole
 * import with a message saying which and why, and nothing is stored.
 */
export async function importDocuments(db: FactmarkDb, inputs: UserDocumentInput[]): Promise<ImportSummary> {
  if (!inputs.length) throw new ImportError('The import', 'has no documents.');
  const documents = inputs.map(readUserDocument);
  const pack = buildPack(
    documents.map(({ text, meta }) => ({ key: `user-${fnv1a(`${meta.title}\n${text}`)}`, meta, raw: text })),
    { origin: 'user' },
  );
  return importUserPack(db, pack);
}

/** Imports a Factmark pack file (JSON) as the user's own documents. */
export async function importPackJson(db: FactmarkDb, json: string, fileName: string): Promise<ImportSummary> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ImportError(fileName, `is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  let pack;
  try {
    pack = parsePack(data);
  } catch (error) {
    throw new ImportError(fileName, `is not a Factmark pack: ${error instanceof Error ? error.message : String(error)}`);
  }
  return importUserPack(db, pack);
}
