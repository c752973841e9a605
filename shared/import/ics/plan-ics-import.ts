import type { RowError } from '../../api/import-report';
import type { IcsImportInput } from '../../model/ics-api';
import { windowInput, type PlanWindow, type WindowInput } from '../../model/plan';
import { isIanaTimeZone } from '../../model/time-zones';
import { eventTiming, type OwnZones } from './event-timing';
import { readCockpitUid } from './ics-uids';
import { readCalendar, type IcsEvent } from './read-calendar';
import { sameEvent, sameScope } from './window-compare';

/** One window an import writes: a new one (windowId null) or a replacement, and the UID to remember for it. */
export interface IcsWrite {
  windowId: number | null;
  value: WindowInput;
  /** Recorded in ics_links; null for our own exported UIDs, which name their window already. */
  linkUid: string | null;
}

export interface IcsImportPlan {
  writes: IcsWrite[];
  warnings: string[];
  errors: RowError[];
  /** The file itself is not a readable calendar (rather than some events being bad). */
  fileError: boolean;
}

/** What a calendar is planned against, read from the workspace once the file is known to be a calendar. */
export interface IcsWorkspace {
  /** The workspace's calendar id, which our exported UIDs name. */
  workspace: string;
  /** Imported event UID -> the window it became. */
  links: ReadonlyMap<string, number>;
  windows: readonly PlanWindow[];
}

const NAME_MAX = 120;
const REASON_MAX = 2000;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const label = (e: IcsEvent) => `“${clip(e.summary || '(no SUMMARY)', 60)}”${e.uid ? '' : ' (no UID)'}`;
const names = (events: IcsEvent[]) => `${events.slice(0, 5).map(label).join(', ')}${events.length > 5 ? ` and ${events.length - 5} more` : ''}`;

const isZone = (z: string | undefined): z is string => !!z && isIanaTimeZone(z);

/** Our own export's zones for an event, when its UID names a window of this workspace that still exists. */
function ownZones(event: IcsEvent, own: PlanWindow | undefined): OwnZones | null {
  if (!own) return null;
  const setting = event.cockpit['time-zone'];
  const tzid = event.start?.kind === 'zoned' ? (event.start.tzid ?? undefined) : undefined;
  return {
    timeZone: setting === 'site' || isZone(setting) ? setting : own.timeZone,
    zone: isZone(event.cockpit.zone) ? event.cockpit.zone : isZone(tzid) ? tzid : 'UTC',
  };
}

type Skipped = Record<'releases' | 'overrides' | 'cancelled' | 'exdates' | 'clipped' | 'noUid', IcsEvent[]>;

/** Events that are read but never become windows, and why. */
function skipReason(event: IcsEvent): 'releases' | 'overrides' | 'cancelled' | null {
  if (event.cockpit.kind === 'release' || (event.uid && readCockpitUid(event.uid)?.kind === 'release')) return 'releases';
  if (event.recurrenceId) return 'overrides';
  return event.cancelled ? 'cancelled' : null;
}

function summaryWarnings(skipped: Skipped, reclassified: number): string[] {
  return [
    skipped.releases.length ? `${skipped.releases.length} release event(s) from a Release Cockpit export were skipped: releases are not imported from calendars.` : '',
    skipped.overrides.length ? `Changes to single occurrences (RECURRENCE-ID) were ignored: ${names(skipped.overrides)}. The series keeps its own rule.` : '',
    skipped.cancelled.length ? `Cancelled events were not imported: ${names(skipped.cancelled)}.` : '',
    skipped.exdates.length ? `EXDATE and RDATE (skipped or extra dates) are ignored; these windows follow their RRULE only: ${names(skipped.exdates)}.` : '',
    skipped.clipped.length ? `Names longer than ${NAME_MAX} or descriptions longer than ${REASON_MAX} characters were shortened: ${names(skipped.clipped)}.` : '',
    skipped.noUid.length ? `Events without a UID are matched by title and start on the next import: ${names(skipped.noUid)}.` : '',
    reclassified ? `${reclassified} window(s) from an earlier import of these events now use the type, severity and scope chosen for this import.` : '',
  ].filter(Boolean);
}

/**
 * Works out every window the calendar asks for, writing nothing. Events are matched to windows by
 * UID: our own exported UIDs name their window; other UIDs go through ics_links. An unlinked event
 * identical to an unlinked window (same name, type, times, zone, rule) takes that window: redo and
 * restored workspaces bring windows back without their links, and that must not duplicate them.
 */
export function planCalendarImport(input: IcsImportInput, readWorkspace: () => IcsWorkspace): IcsImportPlan {
  const read = readCalendar(input.text);
  if (!read.calendar) return { writes: [], warnings: [], errors: read.errors, fileError: true };
  const { events, timezones } = read.calendar;
  const { workspace, links, windows: stored } = readWorkspace();
  const windows = new Map(stored.map((w) => [w.id, w]));
  const errors: RowError[] = [...read.errors];
  const warnings: string[] = [];
  const skipped: Skipped = { releases: [], overrides: [], cancelled: [], exdates: [], clipped: [], noUid: [] };
  const seen = new Map<string, number>();
  const byWindow = new Map<number, IcsWrite>();
  const writes: IcsWrite[] = [];
  let reclassified = 0;

  for (const event of events) {
    const skip = skipReason(event);
    if (skip) { skipped[skip].push(event); continue; }
    const cockpitUid = event.uid ? readCockpitUid(event.uid) : null;
    const fail = (message: string) => errors.push({ line: event.line, message: `${label(event)}: ${message}` });
    // Without a UID, the title and start stand in for one, so the same file imported again still matches.
    const uid = event.uid ?? `no-uid:${event.summary}|${event.start?.local ?? ''}`;
    if (!event.uid) skipped.noUid.push(event);
    const earlier = seen.get(uid);
    if (earlier !== undefined) { fail(`its UID also belongs to the event at line ${earlier}; each event needs its own UID`); continue; }
    seen.set(uid, event.line);
    if (!event.summary) fail('it has no SUMMARY, which becomes the window name');

    const ownWindow = cockpitUid?.kind === 'window' && cockpitUid.workspace === workspace.toLowerCase() ? windows.get(cockpitUid.id) : undefined;
    const result = eventTiming(event, timezones, ownZones(event, ownWindow));
    if ('errors' in result) { for (const message of result.errors) fail(message); continue; }
    if (!event.summary) continue;
    const { notes, ...timing } = result.timing;
    for (const note of notes) warnings.push(`${label(event)} (line ${event.line}): ${note}.`);
    if (event.hasExdate || event.hasRdate) skipped.exdates.push(event);
    if (event.summary.length > NAME_MAX || event.description.length > REASON_MAX) skipped.clipped.push(event);

    // Our own windows keep their type, severity, scope and reason: the calendar carries only name and timing.
    const value: WindowInput = ownWindow
      ? { ...ownWindow, name: clip(event.summary, NAME_MAX), ...timing }
      : { name: clip(event.summary, NAME_MAX), type: input.type, severity: input.severity, scope: input.scope, reason: clip(event.description, REASON_MAX), ...timing };
    const checked = windowInput.safeParse(value);
    if (!checked.success) { for (const issue of checked.error.issues) fail(issue.message); continue; }

    if (ownWindow) {
      // A 'site' window was exported once per zone: the first copy decides, the others should agree.
      const first = byWindow.get(ownWindow.id);
      if (first) {
        if (!sameEvent(first.value, checked.data)) warnings.push(`${label(event)} (line ${event.line}) disagrees with another copy of the same window; the first copy in the file was used.`);
        continue;
      }
      const write = { windowId: ownWindow.id, value: checked.data, linkUid: null };
      byWindow.set(ownWindow.id, write);
      writes.push(write);
      continue;
    }
    const linked = links.get(uid);
    const current = linked === undefined ? undefined : windows.get(linked);
    if (current && (current.severity !== input.severity || current.type !== input.type || !sameScope(current.scope, checked.data.scope))) reclassified++;
    writes.push({ windowId: current ? current.id : null, value: checked.data, linkUid: uid });
  }
  if (errors.length) return { writes: [], warnings, errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), fileError: false };

  const taken = new Set([...links.values(), ...writes.flatMap((w) => (w.windowId === null ? [] : [w.windowId]))]);
  for (const write of writes.filter((w) => w.windowId === null)) {
    const match = [...windows.values()].find((w) => !taken.has(w.id) && sameEvent(w, write.value));
    if (match) { write.windowId = match.id; taken.add(match.id); }
  }

  warnings.push(...summaryWarnings(skipped, reclassified));
  return { writes, warnings, errors: [], fileError: false };
}
