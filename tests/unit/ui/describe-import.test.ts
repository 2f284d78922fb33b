import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../src/ui/options/describe-import';

const summary = { documents: 2, skipped: 0, entities: 12, newEntities: 3, claims: 4, quotes: 1 };

describe('describeImport', () => {
  it.each([
    [summary, 'Added 2 documents: 12 names (3 new), 4 claims and 1 quote.'],
    [{ ...summary, skipped: 1 }, 'Added 2 documents: 12 names (3 new), 4 claims and 1 quote. 1 document was already in the corpus and left as it was.'],
    [{ ...summary, skipped: 1200 }, 'Added 2 documents: 12 names (3 new), 4 claims and 1 quote. 1,200 documents were already in the corpus and left as they were.'],
    [{ documents: 0, skipped: 1, entities: 0, newEntities: 0, claims: 0, quotes: 0 }, 'Nothing added: the document is already in the corpus.'],
    [{ documents: 0, skipped: 3, entities: 0, newEntities: 0, claims: 0, quotes: 0 }, 'Nothing added: all 3 documents are already in the corpus.'],
  ])('%o', (input, message) => expect(describeImport(input)).toBe(message));
});
