import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../../bench/synthetic/articles';
import { readAliasTable, readCorpusFolder } from '../../../scripts/read-corpus-folder';
import { buildPack, NothingLeftError, type RawDocument } from '../../../src/corpus/build-pack';
import { buildStepServer } from '../../../src/corpus/build-step-server';
import { buildPackInParallel, splitShares, stepWorkerOver, type StepWorker } from '../../../src/corpus/parallel-build';
import type { BuildStepReply, BuildStepRequest } from '../../../src/shared/messages';

/** A build worker in this thread, behind the same asynchronous, copying channel as a real one. */
function inThreadWorker(): StepWorker {
  let reply: (message: BuildStepReply) => void = () => {};
  const serve = buildStepServer((message) => setTimeout(() => reply(structuredClone(message))));
  return stepWorkerOver(
    (request: BuildStepRequest) => setTimeout(() => serve(structuredClone(request))),
    (onReply) => {
      reply = onReply;
    },
  );
}

const workers = (count: number) => Array.from({ length: count }, inThreadWorker);

const corpus: RawDocument[] = [...readCorpusFolder('assets/corpus'), ...generateArticles(24, 5)];
const aliasTable = readAliasTable('assets/corpus');
const CHROME_ONLY = 'Skip to main content\nShare this article\nSubscribe now\nAccept all';

describe('buildPackInParallel: the same pack as buildPack, over workers', () => {
  const serial = buildPack(corpus, { aliasTable, origin: 'user' });

  it.each([1, 2, 3, 4])('gives the single-threaded pack over %i workers (names merged across shares, claims, quotes, ids)', async (count) => {
    const pack = await buildPackInParallel(corpus, workers(count), { aliasTable, origin: 'user' });
    expect(pack).toEqual(serial);
  });

  it('uses no more workers than there are documents', async () => {
    const one = corpus.slice(0, 1);
    expect(await buildPackInParallel(one, workers(3))).toEqual(buildPack(one));
  });

  it('reports progress that only grows, to twice the documents (names, then claims and quotes)', async () => {
    const seen: [number, number][] = [];
    await buildPackInParallel(corpus, workers(2), { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([corpus.length * 2, corpus.length * 2]);
    expect(seen.every(([done], i) => i === 0 || done >= seen[i - 1][0])).toBe(true);
    expect(seen.some(([done]) => done === corpus.length)).toBe(true);
  });

  it('names the first document with nothing left, as the single-threaded build does, whichever worker read it', async () => {
    const inputs = corpus.map((doc, i) => (i === 9 || i === 20 ? { ...doc, key: `frame-${i}.txt`, raw: CHROME_ONLY } : doc));
    const build = buildPackInParallel(inputs, workers(3));
    await expect(build).rejects.toThrow(NothingLeftError);
    await expect(build).rejects.toThrow(/^frame-9\.txt: nothing left once page chrome/);
    expect(() => buildPack(inputs)).toThrow(/^frame-9\.txt: /);
  });

  it('fails with the worker’s failure when a worker dies', async () => {
    const dead = stepWorkerOver(
      () => {},
      (_onReply, onFailure) => setTimeout(() => onFailure(new Error('Reading the documents failed: the worker did not start'))),
    );
    await expect(buildPackInParallel(corpus, [inThreadWorker(), dead])).rejects.toThrow('the worker did not start');
  });
});

describe('splitShares', () => {
  const doc = (length: number, i: number): RawDocument => ({ key: `d${i}`, meta: { title: `D${i}` }, raw: 'x'.repeat(length) });

  it('cuts contiguous shares of similar length, none empty, covering every document once', () => {
    const inputs = [5, 5, 5, 5, 40, 5, 5, 5, 5, 20].map(doc);
    const shares = splitShares(inputs, 3);
    expect(shares.flatMap((s) => s.inputs)).toEqual(inputs);
    expect(shares.map((s) => s.firstIndex)).toEqual([0, 5, 7]);
    expect(shares.every((s) => s.inputs.length > 0)).toBe(true);
  });

  it('gives one document each when there are as many workers as documents, and one share for one worker', () => {
    const inputs = [100, 1, 1].map(doc);
    expect(splitShares(inputs, 3).map((s) => s.inputs.length)).toEqual([1, 1, 1]);
    expect(splitShares(inputs, 8).map((s) => s.inputs.length)).toEqual([1, 1, 1]);
    expect(splitShares(inputs, 1).map((s) => s.inputs.length)).toEqual([3]);
  });
});
