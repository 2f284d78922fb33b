import type { CorpusPack } from '../shared/records';
import { ImportError } from './user-input';
import { parsePack } from './validate-pack';

/** A Factmark pack file (JSON), checked: a message names the file and what is wrong with it. */
export function readPackFile(json: string, fileName: string): CorpusPack {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ImportError(fileName, `is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  return checkPack(data, fileName);
}

/** Validates a pack from anywhere (a file, another context) as the user's. */
export function checkPack(data: unknown, label: string): CorpusPack {
  try {
    return parsePack(data);
  } catch (error) {
    throw new ImportError(label, `is not a Factmark pack: ${error instanceof Error ? error.message : String(error)}`);
  }
}
