import { useMemo } from 'react';
import type { CatalogLookup } from '../../../shared/engine/graph/catalog-lookup';
import { nextOccurrences, type PreviewOccurrence } from '../../../shared/engine/calendar/next-occurrences';
import { floatingSeries } from '../../../shared/engine/calendar/window-occurrences';
import { parseLocal } from '../../../shared/engine/calendar/wall-clock';
import { affectedSites } from '../../../shared/engine/calendar/window-scope';
import type { PlanWindow } from '../../../shared/model/plan';
import { plural } from '../../../shared/text/plural';
import { duration, utcOffset } from '../../ui/format';
import { floatingDay } from '../../ui/zoned-time';
import { isEmptyScope } from './window-draft';

const SHOWN = 5;
const MAX_SITE_NAMES = 6;

/** "Sat 28 Nov 00:00" from wall-clock text, with the year when asked. */
function wallText(local: string, withYear: boolean): { day: string; clock: string } {
  return { day: floatingDay(parseLocal(local), withYear), clock: local.slice(11, 16) };
}

/** "Sat 28 Nov 00:00 – 24:00", "Fri 27 Nov 18:00 – Mon 30 Nov 06:00", in the group's zone. */
export function occurrenceText(o: PreviewOccurrence, withYear: boolean): string {
  const a = wallText(o.startLocal, withYear);
  const b = wallText(o.endLocal, withYear && o.endLocal.slice(0, 4) !== o.startLocal.slice(0, 4));
  if (o.startLocal.slice(0, 10) === o.endLocal.slice(0, 10)) return `${a.day} ${a.clock} – ${b.clock}`;
  const nextMidnight = b.clock === '00:00' && parseLocal(o.endLocal) - parseLocal(o.startLocal) <= 86_400_000;
  return nextMidnight ? `${a.day} ${a.clock} – 24:00` : `${a.day} ${a.clock} – ${b.day} ${b.clock}`;
}

function siteNames(ids: number[], lookup: CatalogLookup): string {
  const names = ids.map((id) => lookup.sites.get(id)?.name ?? `#${id}`);
  if (names.length <= MAX_SITE_NAMES) return names.join(', ');
  return `${names.slice(0, MAX_SITE_NAMES).join(', ')} and ${names.length - MAX_SITE_NAMES} more`;
}

function lede(window: PlanWindow, empty: boolean, siteCount: number, zones: string[]): string {
  const shownIn = `Times are shown in ${zones[0] ?? 'UTC'}.`;
  if (empty) return `Nothing is in scope yet, so no site is affected. ${shownIn}`;
  if (siteCount === 0) return `The services in scope run at no site. ${shownIn}`;
  const where = `${plural(siteCount, 'affected site')} in ${plural(zones.length, 'time zone')}`;
  return window.timeZone === 'site'
    ? `${where}, each in its own local time.`
    : `Declared in ${window.timeZone}; shown for ${where} in each site's local time.`;
}

interface PreviewProps {
  window: PlanWindow;
  lookup: CatalogLookup;
  /** What stops the preview, in words; empty when the draft can be expanded. */
  blockers: string[];
  /** The draft's timing in plain English, or null while it is incomplete. */
  sentence: string | null;
  nowMs: number;
  /** Offered when the start date is not a day the rule matches. */
  onAlignStart(firstStartLocal: string): void;
}

/**
 * "Next occurrences": the draft expanded in each affected site's local time, one group per zone,
 * with each occurrence's UTC offset so a DST change or a zone difference is visible at a glance.
 */
export function OccurrencePreview({ window, lookup, blockers, sentence, nowMs, onAlignStart }: PreviewProps) {
  const empty = isEmptyScope(window.scope);
  const sites = useMemo(() => affectedSites(window, lookup), [window, lookup]);
  const groups = useMemo(() => (blockers.length > 0 ? [] : nextOccurrences(window, sites, nowMs, SHOWN)), [blockers.length, window, sites, nowMs]);
  const firstStart = useMemo(() => {
    if (blockers.length > 0 || !window.recurrence) return null;
    const start = parseLocal(window.startLocal);
    const first = floatingSeries(window).startsFrom(start, 1)[0];
    return first !== undefined && first !== start ? first : null;
  }, [blockers.length, window]);

  return (
    <section className="we-preview" aria-labelledby="we-preview-title">
      <h3 id="we-preview-title">Next occurrences</h3>
      {sentence ? (
        <p className="we-sentence" aria-live="polite">
          <span className="sr-only">In words: </span>
          {sentence}
        </p>
      ) : null}
      {blockers.length > 0 ? (
        <div className="we-preview-note" role="status">
          <p>To see when it applies:</p>
          <ul className="we-fix-list">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p className="we-preview-lede">{lede(window, empty, sites.length, groups.map((g) => g.zone))}</p>
          {firstStart !== null ? (
            <div className="we-preview-note">
              <p>The start date is not a day the rule repeats on, so the first occurrence is later than it.</p>
              <button type="button" className="button small" onClick={() => onAlignStart(new Date(firstStart).toISOString().slice(0, 16))}>
                Start on the first occurrence
              </button>
            </div>
          ) : null}
          {groups.map((group) => {
            const withYear = group.occurrences.some((o) => o.startLocal.slice(0, 4) !== new Date(nowMs).toISOString().slice(0, 4));
            const overlaps = group.occurrences.some((o, i) => i > 0 && o.startMs < group.occurrences[i - 1]!.endMs);
            const headingId = `we-zone-${group.zone.replace(/[^A-Za-z0-9]/g, '-')}`;
            return (
              <section key={group.zone} className="we-zone" aria-labelledby={headingId}>
                <h4 id={headingId}>{group.zone}</h4>
                {group.siteIds.length > 0 ? <p className="we-zone-sites">{siteNames(group.siteIds, lookup)}</p> : null}
                {group.occurrences.length === 0 ? (
                  <p className="we-zone-none">No occurrence from now on: it is over.</p>
                ) : (
                  <ol className="we-occurrences" aria-label={`Next occurrences in ${group.zone}`}>
                    {group.occurrences.map((o) => (
                      <li key={o.startMs}>
                        <span className="we-occ-when">
                          {occurrenceText(o, withYear)}
                          {o.shifted ? (
                            <span className="badge we-shifted" title="That wall time does not exist on the day (clocks go forward); it starts at the first minute that does.">
                              Moved by DST
                            </span>
                          ) : null}
                          {o.startMs <= nowMs ? <span className="badge neutral">Now</span> : null}
                        </span>
                        <span className="we-occ-offset">{utcOffset(group.zone, new Date(o.startMs))}</span>
                      </li>
                    ))}
                  </ol>
                )}
                {overlaps ? <p className="we-zone-none">Occurrences overlap: each lasts {duration(Math.round((group.occurrences[0]!.endMs - group.occurrences[0]!.startMs) / 60_000))}, longer than the gap between them.</p> : null}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
