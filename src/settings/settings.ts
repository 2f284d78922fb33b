import type { Hit } from '../shared/hits';

export type HitKind = Hit['kind'];

/** What the user chose; persisted in Dexie by the background. */
export interface Settings {
  /** The global switch: off removes every highlight. */
  enabled: boolean;
  /** Which kinds of highlight show. */
  kinds: Record<HitKind, boolean>;
  /** Hostnames where Factmark is paused. */
  pausedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  kinds: { name: true, claim: true, quote: true },
  pausedSites: [],
};

/** Whether highlights show on a page of this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.pausedSites.includes(hostname);
}

/** Pauses or resumes one site, keeping the list sorted and free of duplicates. */
export function withSitePaused(settings: Settings, hostname: string, paused: boolean): Settings {
  const others = settings.pausedSites.filter((site) => site !== hostname);
  return { ...settings, pausedSites: paused ? [...others, hostname].sort() : others };
}

/** Fills what a stored value lacks (older versions, partial updates) from the defaults. */
export function normalizeSettings(value: Partial<Settings> | undefined): Settings {
  return {
    enabled: value?.enabled ?? DEFAULT_SETTINGS.enabled,
    kinds: { ...DEFAULT_SETTINGS.kinds, ...value?.kinds },
    pausedSites: [...(value?.pausedSites ?? [])],
  };
}
