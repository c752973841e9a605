import type { Hosting } from '../../shared/model/enums';

export const HOSTING_LABELS: Record<Hosting, string> = { cloud: 'Cloud', saas: 'SaaS', 'on-prem': 'On-prem', edge: 'Edge' };

/** Minutes as a change manager reads them: 45 min, 4 h, 1 h 30 min, 2 d. */
export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The zone's current offset from UTC, e.g. "UTC+01:00", or the zone itself if the runtime cannot tell. */
export function utcOffset(timeZone: string, at = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    const value = part?.value ?? '';
    return value === 'GMT' ? 'UTC±00:00' : value.replace('GMT', 'UTC');
  } catch {
    return timeZone;
  }
}

/** Every IANA zone this runtime knows, for the site editor's picker. */
export function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}
