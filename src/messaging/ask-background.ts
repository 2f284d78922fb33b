import type { BackgroundRequest, BackgroundResponses, ErrorResponse } from '../shared/messages';

/** Sends a typed request to the background; its `{ error }` answers become thrown errors. */
export async function askBackground<T extends BackgroundRequest>(request: T): Promise<BackgroundResponses[T['type']]> {
  const response = (await browser.runtime.sendMessage(request)) as BackgroundResponses[T['type']] | ErrorResponse | undefined;
  if (!response) throw new Error(`Factmark background gave no answer to "${request.type}"`);
  if ('error' in response) throw new Error(response.error);
  return response;
}
