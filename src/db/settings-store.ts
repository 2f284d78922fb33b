import { normalizeSettings, type Settings } from '../settings/settings';
import type { FactmarkDb } from './database';

export async function loadSettings(db: FactmarkDb): Promise<Settings> {
  return normalizeSettings((await db.meta.get('settings'))?.value as Partial<Settings> | undefined);
}

export async function saveSettings(db: FactmarkDb, settings: Settings): Promise<Settings> {
  const clean = normalizeSettings(settings);
  await db.meta.put({ key: 'settings', value: clean });
  return clean;
}
