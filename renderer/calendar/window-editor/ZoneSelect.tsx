import { useId, useMemo } from 'react';
import { timeZones } from '../../ui/format';
import { useWorkspace } from '../../state/workspace';

/**
 * "Time zone": each affected site's own local time ('site'), or one IANA zone for all. The zones
 * the catalog's sites use come first, named with their sites; every other zone follows.
 */
export function ZoneSelect({ value, onChange, error }: { value: string; onChange(zone: string): void; error?: string | undefined }) {
  const id = useId();
  const sites = useWorkspace((s) => s.catalog.sites);
  const siteZones = useMemo(() => {
    const byZone = new Map<string, string[]>();
    for (const s of sites) byZone.set(s.timeZone, [...(byZone.get(s.timeZone) ?? []), s.name]);
    return [...byZone.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [sites]);
  const others = useMemo(() => {
    const used = new Set(siteZones.map(([z]) => z));
    const all = new Set([...timeZones(), 'UTC']);
    if (value !== 'site') all.add(value);
    return [...all].filter((z) => !used.has(z)).sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
  }, [siteZones, value]);
  const short = (names: string[]) => (names.length <= 2 ? names.join(', ') : `${names.slice(0, 2).join(', ')} +${names.length - 2}`);

  return (
    <div className="field">
      <label htmlFor={id}>Time zone</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        <option value="site">Each site's own local time</option>
        {siteZones.length ? (
          <optgroup label="Zones of your sites">
            {siteZones.map(([zone, names]) => (
              <option key={zone} value={zone}>{`${zone} (${short(names)})`}</option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label="Every other zone">
          {others.map((zone) => (
            <option key={zone} value={zone}>{zone}</option>
          ))}
        </optgroup>
      </select>
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </div>
  );
}
