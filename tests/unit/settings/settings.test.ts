import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, normalizeSettings, withSitePaused } from '../../../src/settings/settings';

describe('settings', () => {
  it('is active unless switched off or paused on the site', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'news.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'news.example')).toBe(false);
    expect(isActiveOn(withSitePaused(DEFAULT_SETTINGS, 'news.example', true), 'news.example')).toBe(false);
    expect(isActiveOn(withSitePaused(DEFAULT_SETTINGS, 'news.example', true), 'other.example')).toBe(true);
  });

  it('pauses a site once and resumes it', () => {
    const paused = withSitePaused(withSitePaused(DEFAULT_SETTINGS, 'b.example', true), 'b.example', true);
    expect(paused.pausedSites).toEqual(['b.example']);
    expect(withSitePaused(paused, 'b.example', false).pausedSites).toEqual([]);
  });

  it('fills missing fields of stored settings from the defaults', () => {
    expect(normalizeSettings({ kinds: { name: false } as never })).toEqual({ ...DEFAULT_SETTINGS, kinds: { name: false, claim: true, quote: true } });
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});
