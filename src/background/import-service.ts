import { checkPack } from '../corpus/pack-file';
import type { FactmarkDb } from '../db/database';
import { importUserPack } from '../db/import-pack';
import type { ImportSummary } from '../shared/messages';

/**
 * Stores a pack the user's pages built or loaded, in one transaction. It
 * crossed a context boundary: it is validated again, offsets included, and
 * nothing is stored when anything is wrong.
 */
export async function importPack(db: FactmarkDb, pack: unknown, label: string): Promise<ImportSummary> {
  return importUserPack(db, checkPack(pack, label));
}
