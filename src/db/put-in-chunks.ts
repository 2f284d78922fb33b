const CHUNK = 1000;

/** Writes many records in bulk calls of about a thousand: IndexedDB is fastest so, inside one transaction. */
export async function putInChunks<T>(table: { bulkPut(items: readonly T[]): Promise<unknown> }, items: readonly T[]): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await table.bulkPut(items.slice(i, i + CHUNK));
}
