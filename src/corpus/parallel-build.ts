import type { BuildStepReply, BuildStepRequest } from '../shared/messages';
import type { CorpusPack, DocumentRecord } from '../shared/records';
import { NothingLeftError, packOf, type RawDocument } from './build-inputs';
import { buildSettings, type BuildOptions } from './build-options';
import { mentionsByDocument, type NamedMention } from './mentions';

type Result = Exclude<BuildStepReply, { type: 'progress' }>;

/** A build worker as whatever coordinates the build (the import worker, a Node script) sees it: one step at a time, its progress as it goes. */
export interface StepWorker {
  run(request: BuildStepRequest, onProgress: (done: number) => void): Promise<Result>;
}

/**
 * A StepWorker over a message channel: `post` sends a request; `listen`
 * registers the handlers for the worker's replies and for its failure (a
 * worker that crashed or never started).
 */
export function stepWorkerOver(
  post: (request: BuildStepRequest) => void,
  listen: (onReply: (reply: BuildStepReply) => void, onFailure: (error: Error) => void) => void,
): StepWorker {
  let pending: { resolve(result: Result): void; reject(error: Error): void; onProgress(done: number): void } | null = null;
  listen(
    (reply) => {
      if (reply.type === 'progress') return pending?.onProgress(reply.done);
      const step = pending;
      pending = null;
      step?.resolve(reply);
    },
    (error) => {
      const step = pending;
      pending = null;
      step?.reject(error);
    },
  );
  return {
    run: (request, onProgress) =>
      new Promise<Result>((resolve, reject) => {
        pending = { resolve, reject, onProgress };
        post(request);
      }),
  };
}

/**
 * `buildPack` split over workers, with the same pack as result. Each worker
 * reads, tags and extracts from its own share of the documents (contiguous,
 * of similar length); the one step that needs every document — merging
 * name spans into entities — runs in the first worker, so whatever
 * coordinates only passes messages.
 */
export async function buildPackInParallel(inputs: RawDocument[], workers: readonly StepWorker[], options: BuildOptions = {}): Promise<CorpusPack> {
  const { origin, rules, minWords } = buildSettings(options);
  const shares = splitShares(inputs, workers.length);
  const used = workers.slice(0, shares.length);

  // Each document is counted twice, as in buildPack: once for its names, once for its claims and quotes.
  let passed = 0;
  const done = shares.map(() => 0);
  const report = (k: number) => (count: number) => {
    done[k] = count;
    options.onProgress?.(passed + done.reduce((a, b) => a + b, 0), inputs.length * 2);
  };
  const endPass = () => {
    passed += inputs.length;
    done.fill(0);
    options.onProgress?.(passed, inputs.length * 2);
  };

  const read = await all(
    used.map((w, k) =>
      w.run({ step: 'read', inputs: shares[k].inputs, firstIndex: shares[k].firstIndex, origin, minWords }, report(k)),
    ),
    'read',
  );
  const lowercase = [...new Set(read.flatMap((r) => r.lowercase))];
  const names = await all(
    used.map((w, k) => w.run({ step: 'names', lowercase, rules }, report(k))),
    'names',
  );
  endPass();
  const documents = read.flatMap((r) => r.documents);
  const [merged] = await all(
    [
      used[0].run(
        {
          step: 'merge',
          spans: names.flatMap((n) => n.spans),
          texts: documents.map((doc) => [doc.id, doc.text]),
          lowercase,
          aliasTable: options.aliasTable ?? null,
          rules,
          origin,
        },
        () => {},
      ),
    ],
    'merge',
  );
  const named = mentionsByDocument(merged.entities);
  // Each worker is sent the names of its own documents only.
  const namedIn = (docs: DocumentRecord[]) =>
    docs.flatMap((doc): [string, NamedMention[]][] => {
      const list = named.get(doc.id);
      return list ? [[doc.id, list]] : [];
    });
  const extracted = await all(
    used.map((w, k) => w.run({ step: 'extract', named: namedIn(read[k].documents), origin }, report(k))),
    'extract',
  );
  endPass();
  return packOf(inputs, options.aliasTable, {
    documents,
    sentences: read.flatMap((r) => r.sentences.flat()),
    entities: merged.entities,
    claims: extracted.flatMap((e) => e.claims),
    quotes: extracted.flatMap((e) => e.quotes),
  });
}

/** Contiguous shares of similar text length, none empty; at most `count`. */
export function splitShares(inputs: readonly RawDocument[], count: number): { inputs: RawDocument[]; firstIndex: number }[] {
  const n = Math.max(1, Math.min(count, inputs.length));
  const total = inputs.reduce((sum, d) => sum + d.raw.length, 0);
  const shares: { inputs: RawDocument[]; firstIndex: number }[] = [];
  let length = 0;
  let from = 0;
  inputs.forEach((input, i) => {
    length += input.raw.length;
    const left = inputs.length - i - 1;
    const sharesLeft = n - shares.length - 1;
    // Cut once this share has its part of the text, or when every document left must start a share of its own.
    if (sharesLeft > 0 && left >= sharesLeft && (length >= (total * (shares.length + 1)) / n || left === sharesLeft)) {
      shares.push({ inputs: inputs.slice(from, i + 1), firstIndex: from });
      from = i + 1;
    }
  });
  shares.push({ inputs: inputs.slice(from), firstIndex: from });
  return shares;
}

/**
 * Every worker's result of one step. A failed step fails the build: a
 * document with nothing left is reported as the first such document of the
 * inputs, as the single-threaded build would.
 */
async function all<T extends Result['type']>(steps: Promise<Result>[], type: T): Promise<Extract<Result, { type: T }>[]> {
  const results = await Promise.all(steps);
  const errors = results.flatMap((r) => (r.type === 'error' ? [r] : []));
  const nothingLeft = errors.flatMap((e) => (e.nothingLeft ? [e.nothingLeft] : [])).sort((a, b) => a.index - b.index)[0];
  if (nothingLeft) throw new NothingLeftError(nothingLeft.index, nothingLeft.key, nothingLeft.words);
  if (errors.length) throw new Error(errors[0].message);
  return results.map((r) => {
    if (r.type !== type) throw new Error(`A build worker answered "${r.type}" to the "${type}" step.`);
    return r as Extract<Result, { type: T }>;
  });
}
