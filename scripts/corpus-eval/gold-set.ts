import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildPack } from '../../src/corpus/build-pack';
import type { BuildOptions } from '../../src/corpus/build-pack';
import { slug } from '../../src/corpus/entities';
import type { CorpusPack } from '../../src/shared/records';
import { readAliasTable, readCorpusFolder } from '../read-corpus-folder';
import { evaluateDocument, type DocumentScore, type Gold } from './evaluate';

/** The gold the pipeline was developed against. */
export const GOLD_DIR = 'tests/fixtures/corpus-eval/gold';
/** Gold written after the pipeline, by someone who never saw it: how it does on text nobody tuned it for. */
export const HELDOUT_GOLD_DIR = 'tests/fixtures/corpus-heldout/gold';

/** Every gold file, with the pack its document is built in: each corpus folder is built as a whole, as a user's would be. */
export function evaluateGoldSet(options: Omit<BuildOptions, 'aliasTable'> = {}, goldDir = GOLD_DIR): DocumentScore[] {
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold);
  const packs = new Map<string, CorpusPack>();
  return golds.map((gold) => {
    const dir = dirname(gold.file);
    let pack = packs.get(dir);
    if (!pack) {
      pack = buildPack(readCorpusFolder(dir), { ...options, aliasTable: readAliasTable(dir) });
      packs.set(dir, pack);
    }
    return evaluateDocument(pack, `doc:${slug(basename(gold.file).replace(/\.[a-z0-9]+$/i, ''))}`, gold);
  });
}
