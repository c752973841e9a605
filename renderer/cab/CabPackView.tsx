import { useEffect, useMemo } from 'react';
import { buildRiskContext } from '../../shared/engine/risk/release-risk';
import { plural } from '../../shared/text/plural';
import { useWorkspace } from '../state/workspace';
import { floatingDay, zonedDateTime } from '../ui/zoned-time';
import { useNow } from '../runbooks/use-now';
import { releaseBrief, windowsInWeek } from './cab-pack';
import { saveCabPdf, useCabWeek } from './cab-export';
import { addWeeks, dayKey, localZone, mondayOf, nextWeekWithReleases, parseDay, releasesInWeek, weekBounds } from './cab-week';
import { CabRelease } from './CabRelease';
import { CabCheckpoint, CabWindows } from './CabWeekEnd';

/** "Mon 23 Nov 2026" of a local date. */
const dayText = (d: Date) => floatingDay(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()), true);

/**
 * The Change Advisory Board pack for one week: every release planned in it with its risk, blast
 * radius, conflicts, approvals, plan and backout, then the week's windows and the audit head.
 * Made for print: "Export PDF" goes through the incident report's pipeline.
 */
export function CabPackView() {
  const chosen = useCabWeek((s) => s.monday);
  const choose = useCabWeek((s) => s.choose);
  const now = useNow(60_000);
  const catalog = useWorkspace((s) => s.catalog);
  const plan = useWorkspace((s) => s.plan);
  const calendar = useWorkspace((s) => s.calendar);
  const index = useWorkspace((s) => s.index);
  const conflictsByRelease = useWorkspace((s) => s.conflictsByRelease);
  const checking = useWorkspace((s) => s.checking);
  const checkedAt = useWorkspace((s) => s.conflictsCheckedAt);
  const governance = useWorkspace((s) => s.governance);
  const runbooks = useWorkspace((s) => s.ops.runbooks);

  useEffect(() => {
    document.documentElement.classList.add('printing-cab');
    return () => document.documentElement.classList.remove('printing-cab');
  }, []);

  const zone = localZone();
  const monday = (chosen ? parseDay(chosen) : null) ?? addWeeks(mondayOf(new Date(now)), 1);
  const key = dayKey(monday);
  const { startMs, endMs } = weekBounds(monday);
  const sunday = new Date(endMs - 12 * 3_600_000);

  const risk = useMemo(() => buildRiskContext({ catalog, plan, calendar, graph: index.graph }), [catalog, plan, calendar, index]);
  const processNames = useMemo(() => new Map(catalog.processes.map((p) => [p.id, p.name])), [catalog]);
  const releases = useMemo(() => releasesInWeek(plan.releases, startMs, endMs), [plan, startMs, endMs]);
  const briefs = useMemo(
    () => releases.map((r) => releaseBrief(r, { lookup: index.lookup, risk, processNames, conflictsByRelease, approvals: governance.approvals, policies: governance.policies, runbooks })),
    [releases, index, risk, processNames, conflictsByRelease, governance, runbooks],
  );
  const windows = useMemo(() => windowsInWeek(calendar, catalog.sites.map((s) => s.timeZone), startMs, endMs), [calendar, catalog, startMs, endMs]);
  const later = useMemo(() => (releases.length ? null : nextWeekWithReleases(plan.releases, endMs)), [releases, plan, endMs]);

  const checkedText = checking || checkedAt === null ? 'conflicts are being checked…' : `checked ${zonedDateTime(checkedAt, zone)}`;
  const siteName = (id: number) => index.siteById.get(id)?.name ?? `Site #${id}`;
  const go = (weeks: number) => choose(dayKey(addWeeks(monday, weeks)));

  return (
    <div className="cab-page">
      <div className="report-toolbar cab-toolbar no-print" role="toolbar" aria-label="CAB pack">
        <button type="button" className="button" onClick={() => go(-1)}>← Previous week</button>
        <label className="cab-week-field">
          <span>Week starting</span>
          <input type="date" className="control" aria-label="Week starting" value={key} onChange={(e) => { const d = parseDay(e.target.value); if (d) choose(dayKey(mondayOf(d))); }} />
        </label>
        <button type="button" className="button" onClick={() => go(1)}>Next week →</button>
        <span className="cab-toolbar-gap" />
        <button type="button" className="button" onClick={() => window.print()}>Print</button>
        <button type="button" className="button primary" onClick={() => void saveCabPdf(key)}>Export PDF</button>
      </div>
      <article className="report cab-pack" aria-labelledby="cab-title">
        <header>
          <p className="report-kicker">Change Advisory Board pack</p>
          <h1 id="cab-title">Week of {dayText(monday)} – {dayText(sunday)}</h1>
          <p className="muted">
            {plural(releases.length, 'release')} planned. Prepared {zonedDateTime(now, zone)}; times are in {zone}.
          </p>
        </header>
        {releases.length === 0 ? (
          <section className="cab-section cab-empty" aria-label="No releases">
            <p><strong>No release is planned to start this week.</strong></p>
            {later ? (
              <button type="button" className="button no-print" onClick={() => choose(dayKey(later))}>
                Show the week of {dayText(later)}, the next with releases
              </button>
            ) : (
              <p className="muted">No later release is planned either.</p>
            )}
          </section>
        ) : (
          <section className="cab-section" aria-labelledby="cab-releases">
            <h2 id="cab-releases">Releases</h2>
            {briefs.map((b) => <CabRelease key={b.release.id} brief={b} zone={zone} checkedAt={checkedText} siteName={siteName} />)}
          </section>
        )}
        <CabWindows windows={windows} />
        <CabCheckpoint zone={zone} />
      </article>
    </div>
  );
}
