import * as v from 'valibot';
import type { BackgroundRequest, TabRequest } from './messages';

const MAX_BLOCKS = 5_000;
const MAX_BLOCK_CHARS = 100_000;

const settings = v.object({
  enabled: v.boolean(),
  kinds: v.object({ name: v.boolean(), claim: v.boolean(), quote: v.boolean() }),
  pausedSites: v.pipe(v.array(v.pipe(v.string(), v.maxLength(255))), v.maxLength(10_000)),
});

const backgroundRequest = v.variant('type', [
  v.object({
    type: v.literal('match'),
    blocks: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_BLOCK_CHARS))), v.maxLength(MAX_BLOCKS)),
    pageDate: v.nullable(v.string()),
  }),
  v.object({ type: v.literal('sources'), ids: v.pipe(v.array(v.string()), v.maxLength(MAX_BLOCKS)) }),
  v.object({ type: v.literal('get-settings') }),
  v.object({ type: v.literal('set-settings'), settings }),
  v.object({ type: v.literal('prepare-import') }),
  v.object({ type: v.literal('list-documents') }),
  v.object({ type: v.literal('lookup'), query: v.pipe(v.string(), v.maxLength(500)) }),
  v.object({ type: v.literal('remove-document'), docId: v.pipe(v.string(), v.maxLength(1_000)) }),
  v.object({ type: v.literal('remove-user-documents') }),
  v.object({ type: v.literal('open-source'), docId: v.pipe(v.string(), v.maxLength(1_000)), sentenceId: v.nullable(v.pipe(v.string(), v.maxLength(1_000))) }),
]);

const tabRequest = v.variant('type', [
  v.object({ type: v.literal('findings') }),
  v.object({ type: v.literal('reveal'), id: v.string(), verdict: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40)))) }),
  v.object({ type: v.literal('settings'), settings }),
  v.object({ type: v.literal('step'), direction: v.picklist([1, -1] as const) }),
  v.object({ type: v.literal('share') }),
  v.object({ type: v.literal('page-html') }),
]);

/** Messages cross a trust boundary (a compromised page can talk to its content script): check the shape before acting. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest {
  return parseOrThrow(backgroundRequest, message);
}

export function parseTabRequest(message: unknown): TabRequest {
  return parseOrThrow(tabRequest, message);
}

function parseOrThrow<T>(schema: v.GenericSchema<unknown, T>, message: unknown): T {
  const result = v.safeParse(schema, message);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') || 'message';
  throw new Error(`Bad message at ${path}: ${issue.message}`);
}
