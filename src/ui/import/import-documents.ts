import type { UserDocumentInput } from '../../corpus/user-input';
import { askBackground } from '../../messaging/ask-background';
import type { ImportSummary } from '../../shared/messages';

/**
 * Ingests documents in this page and hands the pack to the background to
 * store. The ingestion code (and its NLP model) loads on first use only.
 */
export async function importDocuments(inputs: UserDocumentInput[]): Promise<ImportSummary> {
  const { buildUserPack } = await import('../../corpus/user-pack');
  const pack = buildUserPack(inputs);
  return askBackground({ type: 'import-pack', pack, label: inputs.length === 1 ? (inputs[0].fileName ?? inputs[0].meta.title ?? 'The document') : `${inputs.length} documents` });
}

/** A pack file the user uploaded, checked here first so the message names the file. */
export async function importPackFile(json: string, fileName: string): Promise<ImportSummary> {
  const { readPackFile } = await import('../../corpus/pack-file');
  return askBackground({ type: 'import-pack', pack: readPackFile(json, fileName), label: fileName });
}
