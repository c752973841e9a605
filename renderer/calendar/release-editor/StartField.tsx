import { useId, useMemo } from 'react';
import { parseLocal } from '../../../shared/engine/calendar/wall-clock';
import { isWallTimeShifted } from '../../../shared/engine/calendar/zone-offsets';
import { utcOffset } from '../../ui/format';
import { zonedClock, zonedDateTime } from '../../ui/zoned-time';
import { isoUtc, splitStart, startInstant } from './release-draft';
import { useWorkspace } from '../../state/workspace';

export interface StartValue {
  unplanned: boolean;
  startDate: string;
  startTime: string;
  zone: string;
}

interface StartFieldProps extends StartValue {
  onChange(patch: Partial<StartValue>): void;
  error?: string | undefined;
}

/** UTC first, then each zone the catalog's sites use, named by its sites. */
export function useZoneOptions(current: string): { value: string; label: string }[] {
  const sites = useWorkspace((s) => s.catalog.sites);
  return useMemo(() => {
    const byZone = new Map<string, string[]>();
    for (const site of sites) byZone.set(site.timeZone, [...(byZone.get(site.timeZone) ?? []), site.name]);
    if (current !== 'UTC' && !byZone.has(current)) byZone.set(current, []);
    byZone.delete('UTC');
    const short = (names: string[]) => (names.length <= 2 ? names.join(', ') : `${names.slice(0, 2).join(', ')} +${names.length - 2}`);
    const zones = [...byZone.entries()].sort(([a], [b]) => a.localeCompare(b));
    return [{ value: 'UTC', label: 'UTC' }, ...zones.map(([zone, names]) => ({ value: zone, label: names.length ? `${zone} · ${short(names)}` : zone }))];
  }, [sites, current]);
}

/**
 * "Planned start": a date and a time read in a chosen zone (UTC or a site's), or "not planned yet".
 * Changing the zone keeps the same moment and shows it in the new zone; the API gets ISO text in UTC.
 */
export function StartField({ unplanned, startDate, startTime, zone, onChange, error }: StartFieldProps) {
  const id = useId();
  const options = useZoneOptions(zone);
  const ms = startInstant(startDate, startTime, zone);
  const invalid = error ? true : undefined;
  const describedBy = [error ? `${id}-error` : '', `${id}-hint`].join(' ').trim();

  function changeZone(next: string) {
    const moved = ms === null ? null : splitStart(isoUtc(ms), next);
    onChange(moved ? { zone: next, startDate: moved.date, startTime: moved.time } : { zone: next });
  }

  let hint = 'Not planned yet: the calendar lists it as unplanned, and conflicts are checked once it has a start.';
  if (!unplanned) {
    if (ms === null) hint = 'Choose the date and the time it starts.';
    else {
      const wall = parseLocal(`${startDate}T${startTime}`);
      const shifted = isWallTimeShifted(wall, zone) ? ` ${startTime} does not exist that day in ${zone} (the clocks go forward); it starts at ${zonedClock(ms, zone)}.` : '';
      const utc = zone === 'UTC' ? '' : ` · ${zonedDateTime(ms, 'UTC')} UTC`;
      hint = `${zonedDateTime(ms, zone)} ${zone === 'UTC' ? 'UTC' : `${zone} (${utcOffset(zone, new Date(ms))})`}${utc}.${shifted}`;
    }
  }

  return (
    <fieldset className="field re-start span-2" aria-describedby={describedBy} aria-invalid={invalid}>
      <legend>Planned start</legend>
      <div className="re-start-inputs">
        <label className="re-inline-label">
          <span className="sr-only">Start date</span>
          <input type="date" className="control" value={startDate} disabled={unplanned} aria-invalid={invalid} onChange={(e) => onChange({ startDate: e.target.value })} />
        </label>
        <label className="re-inline-label">
          <span className="sr-only">Start time</span>
          <input type="time" className="control" value={startTime} disabled={unplanned} aria-invalid={invalid} onChange={(e) => onChange({ startTime: e.target.value })} />
        </label>
        <label className="re-inline-label re-zone">
          <span className="sr-only">Time zone</span>
          <select className="control" value={zone} disabled={unplanned} onChange={(e) => changeZone(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </label>
        <label className="re-check">
          <input type="checkbox" checked={unplanned} onChange={(e) => onChange({ unplanned: e.target.checked })} />
          <span>Not planned yet</span>
        </label>
      </div>
      <p id={`${id}-hint`} className="field-hint">{hint}</p>
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </fieldset>
  );
}
