import { describe, expect, it, vi } from 'vitest';
import { answerTabRequests, type MessageEvents } from '../../../src/page/tab-messages';

function fakeEvents() {
  const listeners = new Set<Parameters<MessageEvents['addListener']>[0]>();
  const events: MessageEvents = { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) };
  const send = (message: unknown) => {
    const answers: unknown[] = [];
    for (const listener of listeners) listener(message, {}, (response) => answers.push(response));
    return answers;
  };
  return { events, listeners, send };
}

describe('answerTabRequests', () => {
  it('answers valid requests and turns bad ones into an error answer', () => {
    const { events, send } = fakeEvents();
    const answer = vi.fn(() => ({ stepped: true }));
    answerTabRequests(events, answer, new AbortController().signal);
    expect(send({ type: 'step', direction: 1 })).toEqual([{ stepped: true }]);
    expect(send({ type: 'step', direction: 7 })).toEqual([{ error: expect.stringContaining('Bad message at direction') }]);
    expect(answer).toHaveBeenCalledTimes(1);
  });

  it('stops listening when the content script is invalidated', () => {
    const { events, listeners, send } = fakeEvents();
    const invalidated = new AbortController();
    answerTabRequests(events, () => ({ ok: true }), invalidated.signal);
    expect(listeners.size).toBe(1);
    invalidated.abort();
    expect(listeners.size).toBe(0);
    expect(send({ type: 'findings' })).toEqual([]);
  });

  it('never listens for an already invalidated content script', () => {
    const { events, listeners } = fakeEvents();
    const invalidated = new AbortController();
    invalidated.abort();
    answerTabRequests(events, () => ({}), invalidated.signal);
    expect(listeners.size).toBe(0);
  });
});
