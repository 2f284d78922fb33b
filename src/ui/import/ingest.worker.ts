import { buildStepServer } from '../../corpus/build-step-server';
import type { BuildStepReply, BuildStepRequest } from '../../shared/messages';

// Ingestion tags every word with wink-nlp: seconds for a large import, in workers of the import worker.
const scope = self as unknown as { onmessage: ((event: MessageEvent<BuildStepRequest>) => void) | null; postMessage(reply: BuildStepReply): void };
const serve = buildStepServer((reply) => scope.postMessage(reply));
scope.onmessage = ({ data }) => serve(data);
