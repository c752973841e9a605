import { ICalCalendar, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { buildCatalogLookup } from '../../shared/engine/graph/catalog-lookup';
import type { IcsExport, IcsExportInput } from '../../shared/model/ics-api';
import { loadPlanningInput } from '../store/load-planning-input';
import type { Db } from '../store/open-workspace';
import { auditVersions, workspaceUid } from './ics-store';
import { releaseEvent } from '../../shared/import/ics/release-events';
import { windowEvents, type ExportContext } from '../../shared/import/ics/window-events';

/** VTIMEZONE text for a zone, or null (ical-generator then writes none for it). */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

/** The plan as an RFC 5545 calendar: windows in their own zones (or UTC), planned releases in UTC. */
export function exportCalendar(db: Db, input: IcsExportInput, now = new Date()): IcsExport {
  const { catalog, plan } = loadPlanningInput(db);
  const workspace = workspaceUid(db);
  const lookup = buildCatalogLookup(catalog);
  const wanted = new Set(input.items);
  const base = { workspace, mode: input.timeMode, lookup, now };
  const windowCtx: ExportContext = { ...base, versions: auditVersions(db, 'window') };
  const releaseCtx: ExportContext = { ...base, versions: auditVersions(db, 'release') };
  const events: ICalEventData[] = [
    ...plan.windows
      .filter((w) => wanted.has(w.type === 'freeze' ? 'freezes' : 'maintenance'))
      .flatMap((w) => windowEvents(w, windowCtx)),
    ...(wanted.has('releases') ? plan.releases.flatMap((r) => releaseEvent(r, releaseCtx) ?? []) : []),
  ];
  const calendar = new ICalCalendar({
    prodId: { company: 'Release Cockpit', product: 'Release Cockpit', language: 'EN' },
    name: 'Release Cockpit: freezes and releases',
    // A generator with no calendar-wide zone: each event names its own TZID, and VTIMEZONEs are written for exactly those.
    ...(input.timeMode === 'zones' ? { timezone: { name: null, generator: vtimezone } } : {}),
    events,
  });
  const day = now.toISOString().slice(0, 10);
  return { fileName: `release-cockpit-calendar-${day}${input.timeMode === 'utc' ? '-utc' : ''}.ics`, text: calendar.toString(), events: events.length };
}
