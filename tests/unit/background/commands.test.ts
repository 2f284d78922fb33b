import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS, runCommand } from '../../../src/background/commands';
import { CorpusService } from '../../../src/background/corpus-service';
import { openDb } from '../../../src/db/database';
import { loadSettings } from '../../../src/db/settings-store';
import type { Settings } from '../../../src/settings/settings';

describe('keyboard commands', () => {
  it.each([
    ['toggle-highlights', 'toggleHighlights', []],
    ['next-highlight', 'step', [1]],
    ['previous-highlight', 'step', [-1]],
    ['share-selection', 'share', []],
  ] as const)('%s does what it says', async (command, action, args) => {
    const actions = { toggleHighlights: vi.fn(async () => undefined), step: vi.fn(async () => undefined), share: vi.fn(async () => undefined) };
    expect(await runCommand(command, actions)).toBe(true);
    expect(actions[action].mock.calls).toEqual([args]);
    expect(Object.values(actions).reduce((sum, f) => sum + f.mock.calls.length, 0)).toBe(1);
  });

  it('ignores a command it does not declare, and declares a shortcut for each it runs', async () => {
    const actions = { toggleHighlights: vi.fn(async () => undefined), step: vi.fn(async () => undefined), share: vi.fn(async () => undefined) };
    expect(await runCommand('_execute_action', actions)).toBe(false);
    expect(actions.toggleHighlights).not.toHaveBeenCalled();
    expect(actions.step).not.toHaveBeenCalled();
    expect(actions.share).not.toHaveBeenCalled();
    expect(Object.values(COMMANDS).map((c) => c.suggested_key.default)).toEqual(['Alt+Shift+H', 'Alt+Shift+J', 'Alt+Shift+K', 'Alt+Shift+E']);
  });

  it('the toggle turns highlights off and on again, saved, and tells open pages each time', async () => {
    const db = openDb(`commands-${Math.random()}`);
    const told: Settings[] = [];
    const service = new CorpusService(db, async () => { throw new Error('not needed'); }, {
      settingsChanged: async (settings) => void told.push(settings),
      openPage: async () => undefined,
    });
    expect((await loadSettings(db)).enabled).toBe(true);
    await runCommand('toggle-highlights', { toggleHighlights: () => service.toggleHighlights(), step: async () => undefined, share: async () => undefined });
    expect((await loadSettings(db)).enabled).toBe(false);
    await runCommand('toggle-highlights', { toggleHighlights: () => service.toggleHighlights(), step: async () => undefined, share: async () => undefined });
    expect((await loadSettings(db)).enabled).toBe(true);
    expect(told.map((s) => s.enabled)).toEqual([false, true]);
    await db.delete();
  });
});
