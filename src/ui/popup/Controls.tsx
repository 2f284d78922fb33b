import { withSitePaused, type HitKind, type Settings } from '../../settings/settings';

export interface ControlsProps {
  settings: Settings;
  /** The page's hostname, when the page can be read. */
  hostname: string | null;
  onChange(next: Settings): void;
}

const KIND_LABELS: Record<HitKind, string> = { name: 'Names', claim: 'Claims', quote: 'Quotes' };

/** The switches: highlights on or off, paused on this site, which kinds show. */
export function Controls({ settings, hostname, onChange }: ControlsProps) {
  const paused = hostname !== null && settings.pausedSites.includes(hostname);
  return (
    <section class="fm-controls" aria-label="Settings">
      <label class="fm-switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(event) => onChange({ ...settings, enabled: event.currentTarget.checked })}
        />
        Highlights
      </label>
      {hostname && (
        <button type="button" class="fm-pause" aria-pressed={paused} onClick={() => onChange(withSitePaused(settings, hostname, !paused))}>
          {paused ? `Resume on ${hostname}` : `Pause on ${hostname}`}
        </button>
      )}
      <fieldset class="fm-kinds">
        <legend>Show</legend>
        {(Object.keys(KIND_LABELS) as HitKind[]).map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={settings.kinds[kind]}
              onChange={(event) => onChange({ ...settings, kinds: { ...settings.kinds, [kind]: event.currentTarget.checked } })}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
