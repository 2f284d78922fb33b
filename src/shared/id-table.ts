import { growArray } from './grow-array';

/**
 * Record ids of the form `${docId}#<letter><n>` (sentences, claims, quotes)
 * kept as a document number and a number: two int32s instead of a string of
 * 20-30 characters each, on the heap of whatever holds 100,000 of them. Any
 * other form is kept as is.
 */
export class IdTable {
  private docs: string[] = [];
  /** Each document's number; built when first needed, not on every wake (it is read only when documents are removed). */
  private docOrdinals: Map<string, number> | null = new Map();
  private doc: Uint32Array = new Uint32Array(1024);
  private num: Int32Array = new Int32Array(1024);
  private readonly odd = new Map<number, string>();
  size = 0;
  constructor(private readonly letter: string) {}

  add(id: string, docId: string): number {
    const at = this.size++;
    if (at === this.doc.length) {
      this.doc = growArray(this.doc);
      this.num = growArray(this.num);
    }
    const ordinals = this.docOrdinal();
    let d = ordinals.get(docId);
    if (d === undefined) {
      d = this.docs.push(docId) - 1;
      ordinals.set(docId, d);
    }
    this.doc[at] = d;
    const prefix = `${docId}#${this.letter}`;
    const n = id.startsWith(prefix) ? Number(id.slice(prefix.length)) : NaN;
    if (Number.isInteger(n) && n >= 0 && n < 2 ** 31 && `${prefix}${n}` === id) this.num[at] = n;
    else {
      this.num[at] = -1;
      this.odd.set(at, id);
    }
    return at;
  }

  id(at: number): string {
    const n = this.num[at];
    return n < 0 ? this.odd.get(at)! : `${this.docs[this.doc[at]]}#${this.letter}${n}`;
  }

  /** 1 for each entry of one of `docIds`, 0 for the rest; null when none is. */
  docMask(docIds: ReadonlySet<string>): Uint8Array | null {
    const ordinals = new Uint8Array(this.docs.length);
    let any = false;
    const known = this.docOrdinal();
    for (const docId of docIds) {
      const d = known.get(docId);
      if (d === undefined) continue;
      ordinals[d] = 1;
      any = true;
    }
    if (!any) return null;
    const mask = new Uint8Array(this.size);
    for (let at = 0; at < this.size; at++) mask[at] = ordinals[this.doc[at]];
    return mask;
  }

  toStored(): StoredIds {
    return { letter: this.letter, docs: this.docs, doc: this.doc.slice(0, this.size), num: this.num.slice(0, this.size), odd: [...this.odd] };
  }

  private docOrdinal(): Map<string, number> {
    if (!this.docOrdinals) {
      this.docOrdinals = new Map();
      for (let d = 0; d < this.docs.length; d++) this.docOrdinals.set(this.docs[d], d);
    }
    return this.docOrdinals;
  }

  static fromStored(stored: StoredIds): IdTable {
    const table = new IdTable(stored.letter);
    table.docs = stored.docs;
    table.docOrdinals = null;
    table.doc = stored.doc;
    table.num = stored.num;
    for (const [at, id] of stored.odd) table.odd.set(at, id);
    table.size = stored.doc.length;
    return table;
  }
}

export interface StoredIds {
  letter: string;
  docs: string[];
  doc: Uint32Array;
  num: Int32Array;
  odd: [number, string][];
}

