import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isApprovedException, toFreezeException } from '../../../shared/engine/calendar/freeze-exceptions';
import { DAY_MS } from '../../../shared/engine/calendar/wall-clock';
import { isoInstant } from '../../../shared/engine/schedule/propose';
import type { PlanWindow, Release } from '../../../shared/model/plan';
import { NUDGE_MS, useCalendarView, ZOOM_SPAN_MS } from '../../state/calendar-view';
import { openDialog } from '../../state/dialogs';
import { utcOffset } from '../../ui/format';
import { wallParts } from '../../ui/zoned-time';
import { DependencyArrows } from './DependencyArrows';
import { DragTip } from './DragTip';
import { AXIS_H, LABEL_W, msAt, ROW_H, rowOffsets, timeRange, xOf, type Scale } from './geometry';
import { layoutTimeline, WINDOWS_GROUP } from './layout-rows';
import type { ExceptionMark } from './ReleaseBar';
import { axisTicks, SNAP_MS } from './time-axis';
import { TimeAxis, TimelineGrid } from './TimeAxis';
import { commitRelease, confirmDeleteRelease } from './timeline-actions';
import { GroupRow, LaneRow, WindowRow, type RowContext } from './TimelineRows';
import { UnplannedTray } from './UnplannedTray';
import { useBarDrag } from './use-bar-drag';
import { onTimelineKey } from './use-timeline-keys';
import { useViewport } from './use-viewport';
import { useWorkspace } from '../../state/workspace';

export function Timeline() {
  const { plan, exceptions, releaseById, windowById, conflictsByRelease } = useWorkspace(
    useShallow((s) => ({ plan: s.plan, exceptions: s.exceptions, releaseById: s.releaseById, windowById: s.windowById, conflictsByRelease: s.conflictsByRelease })),
  );
  const { zoom, grouping, zone, selectedId, focus, select } = useCalendarView(
    useShallow((s) => ({ zoom: s.zoom, grouping: s.grouping, zone: s.zone, selectedId: s.selectedReleaseId, focus: s.focus, select: s.select })),
  );
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set(plan.windows.length > 8 ? [WINDOWS_GROUP] : []));
  const lookup = useWorkspace((s) => s.index.lookup);
  const layout = useMemo(() => layoutTimeline({ releases: plan.releases, windows: plan.windows, lookup, grouping, collapsed }), [plan.releases, plan.windows, lookup, grouping, collapsed]);
  const offsets = useMemo(() => rowOffsets(layout.rows), [layout.rows]);
  const calendar = useWorkspace((s) => s.calendar);
  const displayZone = zone === 'UTC' ? 'UTC' : (lookup.sites.get(zone)?.timeZone ?? 'UTC');
  const [nowMs, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const range = useMemo(() => timeRange(layout.extent, nowMs), [layout.extent, nowMs]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const centerMs = useRef(Date.now() + ZOOM_SPAN_MS[zoom] / 4);
  const scaleRef = useRef<Scale | null>(null);
  const trackRef = useRef(0);
  // The scroll step is half the track; the hook reads it when the box scrolls, after this render.
  const quantumRef = useRef(1);
  const { size, step, onScroll, sync } = useViewport(scrollRef, quantumRef, (left) => {
    if (scaleRef.current) centerMs.current = msAt(scaleRef.current, left + trackRef.current / 2);
  });
  const width = size.width;
  const trackWidth = Math.max(240, width - LABEL_W);
  const quantum = trackWidth / 2;

  const scale: Scale = useMemo(() => ({ fromMs: range.fromMs, toMs: range.toMs, pxPerMs: trackWidth / ZOOM_SPAN_MS[zoom] }), [range.fromMs, range.toMs, trackWidth, zoom]);
  const contentWidth = Math.ceil(xOf(scale, range.toMs));
  useLayoutEffect(() => {
    scaleRef.current = scale;
    trackRef.current = trackWidth;
    quantumRef.current = quantum;
  });

  // Zooming, resizing or a longer plan keeps the instant at the centre where it was.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || width === 0) return;
    el.scrollLeft = xOf(scale, centerMs.current) - trackWidth / 2;
    sync();
  }, [scale, trackWidth, width, sync]);

  // Today / Earlier / Later.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || focus.seq === 0) return;
    if (focus.to !== null) el.scrollLeft = xOf(scale, focus.to) - trackWidth / 4;
    else el.scrollLeft += focus.screens * trackWidth;
    sync();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request moves the view
  }, [focus.seq]);

  const renderFromMs = msAt(scale, (step - 1) * quantum);
  const renderToMs = msAt(scale, (step + 3) * quantum);
  const ticks = useMemo(() => axisTicks(renderFromMs, renderToMs, displayZone, zoom), [renderFromMs, renderToMs, displayZone, zoom]);

  // The virtualiser returns fresh functions each render, which the React Compiler cannot memoise; we do not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: layout.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ROW_H[layout.rows[i]!.kind],
    overscan: 10,
    scrollMargin: AXIS_H,
  });
  useEffect(() => virtualizer.measure(), [layout.rows, virtualizer]);

  const commit = useCallback((candidate: Release, original: Release) => commitRelease(candidate, original, displayZone), [displayZone]);
  const { drag, onPointerDown } = useBarDrag({ pxPerMs: scale.pxPerMs, snapMs: SNAP_MS[zoom], onClick: (r) => select(r.id), onCommit: commit });

  const exceptionMarks = useMemo(() => {
    const marks = new Map<number, ExceptionMark>();
    for (const e of exceptions) {
      const approved = isApprovedException(toFreezeException(e));
      if (approved || !marks.has(e.releaseId)) marks.set(e.releaseId, approved ? 'approved' : 'pending');
    }
    return marks;
  }, [exceptions]);

  const toggleGroup = useCallback((key: string) => setCollapsed((c) => {
    const next = new Set(c);
    if (!next.delete(key)) next.add(key);
    return next;
  }), []);
  const openRelease = useCallback((release: Release) => openDialog({ type: 'release', release }), []);
  const openWindow = useCallback((window: PlanWindow) => openDialog({ type: 'window', window }), []);
  const snapMs = SNAP_MS[zoom];
  // A double-click on empty track: a new release starting there, changing the row's service when grouped by service.
  const createAt = useCallback((ms: number, groupKey: string) => {
    const service = /^service:(\d+)$/.exec(groupKey);
    const plannedStart = new Date(Math.round(ms / snapMs) * snapMs).toISOString();
    openDialog({ type: 'release', release: null, plannedStart, ...(service ? { serviceIds: [Number(service[1])] } : {}) });
  }, [snapMs]);

  const tabbableId = selectedId !== null && layout.rowsOfRelease.has(selectedId) ? selectedId : (layout.order[0] ?? null);
  const ctx: RowContext = {
    scale, fromMs: renderFromMs, toMs: renderToMs, zone: displayZone, laneMaintenance: zoom === 'day' || zoom === 'week', calendar, releaseById, windowById, conflictsByRelease,
    exceptions: exceptionMarks, selectedId, tabbableId, drag, toggleGroup, onPointerDown, openRelease, openWindow, createAt,
  };

  // Keyboard selection: bring the release into view, then give it focus once it is rendered.
  const wantFocus = useRef(false);
  useEffect(() => {
    if (selectedId === null) return;
    const row = layout.rowsOfRelease.get(selectedId)?.[0];
    const release = releaseById.get(selectedId);
    const el = scrollRef.current;
    if (row === undefined || !release?.plannedStart || !el) return;
    virtualizer.scrollToIndex(row, { align: 'auto' });
    const x = xOf(scale, Date.parse(release.plannedStart));
    if (x < el.scrollLeft || x > el.scrollLeft + trackWidth - 60) {
      el.scrollLeft = x - trackWidth / 4;
      sync();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow the selection, not every re-layout
  }, [selectedId]);
  useEffect(() => {
    if (!wantFocus.current || selectedId === null) return;
    const bar = scrollRef.current?.querySelector<HTMLElement>(`[data-release-id="${selectedId}"]`);
    const active = document.activeElement;
    if (!bar || active === bar) return;
    // A re-render after scrolling can replace the bar that had focus: give focus back to the new one,
    // unless the person has moved on to something outside the timeline (a dialog, the drawer).
    if (active === null || active === document.body || scrollRef.current?.contains(active)) bar.focus({ preventScroll: true });
    else wantFocus.current = false;
  });

  /** The first release, in reading order, that is on screen now: keyboard entry starts where the person is looking, not a year back. */
  function firstInView(): number {
    const el = scrollRef.current;
    const fromMs = scale.fromMs + (el?.scrollLeft ?? 0) / scale.pxPerMs;
    const toMs = fromMs + trackWidth / scale.pxPerMs;
    const onScreen = layout.order.find((id) => {
      const r = releaseById.get(id);
      const start = r?.plannedStart ? Date.parse(r.plannedStart) : Number.NaN;
      return start < toMs && start + (r?.durationMinutes ?? 0) * 60_000 > fromMs;
    });
    return onScreen ?? layout.order[0]!;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target === event.currentTarget && ['ArrowDown', 'ArrowRight', 'Home'].includes(event.key) && layout.order.length > 0) {
      event.preventDefault();
      wantFocus.current = true;
      select(selectedId ?? (event.key === 'Home' ? layout.order[0]! : firstInView()));
      return;
    }
    onTimelineKey(event, {
      layout,
      releaseById,
      select: (id) => {
        wantFocus.current = id !== null;
        select(id);
      },
      nudge: (release, direction) => {
        if (!release.plannedStart) return;
        const candidate = { ...release, plannedStart: isoInstant(Date.parse(release.plannedStart) + direction * NUDGE_MS[zoom]) };
        wantFocus.current = true;
        void commit(candidate, release);
      },
      open: openRelease,
      remove: confirmDeleteRelease,
    });
  }

  const items = virtualizer.getVirtualItems();
  const totalHeight = virtualizer.getTotalSize();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const zoneLabel = displayZone === 'UTC' ? 'Times in UTC' : `Times in ${displayZone} (${utcOffset(displayZone)})`;
  // Day ticks at day and week zoom read "Wed 25"; the corner names the month around the middle of the view.
  const middle = wallParts((renderFromMs + renderToMs) / 2, displayZone);
  const period = zoom === 'day' || zoom === 'week' ? `${middle.month} ${middle.year}` : null;

  if (layout.rows.length === 0) {
    return (
      <section className="timeline-empty notice-panel" aria-label="The plan is empty">
        <h2>Nothing planned yet</h2>
        <p>Add a release to put it on the calendar, or declare a freeze window (peak season, month-end close) so releases are checked against it.</p>
        <p className="muted">You can also import a freeze calendar from an .ics file with Import…</p>
        <UnplannedTray releases={layout.unplanned} />
      </section>
    );
  }

  return (
    <div className="timeline">
      <div
        ref={scrollRef}
        className="tl-scroll"
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        tabIndex={0}
        role="region"
        aria-label="Release timeline"
        aria-describedby="tl-keys"
      >
        <TimeAxis scale={scale} width={LABEL_W + contentWidth} major={ticks.major} minor={ticks.minor} zoneLabel={zoneLabel} period={period} />
        <div className="tl-rows" style={{ height: totalHeight, width: LABEL_W + contentWidth }}>
          <TimelineGrid scale={scale} top={0} height={totalHeight} minor={ticks.minor} days={ticks.days} dayMs={DAY_MS} nowMs={nowMs} />
          {items.map((item) => {
            const row = layout.rows[item.index]!;
            return (
              <div key={row.key} className={`tl-row ${row.kind}`} style={{ transform: `translateY(${item.start - AXIS_H}px)`, height: item.size, width: LABEL_W + contentWidth }}>
                {row.kind === 'group' ? <GroupRow row={row} ctx={ctx} /> : row.kind === 'lane' ? <LaneRow row={row} ctx={ctx} /> : <WindowRow row={row} ctx={ctx} />}
              </div>
            );
          })}
          <DependencyArrows layout={layout} offsets={offsets} scale={scale} firstRow={first} lastRow={last} releaseById={releaseById} conflictsByRelease={conflictsByRelease} drag={drag} />
        </div>
      </div>
      <p id="tl-keys" className="tl-keys">
        Drag a release to move it, drag its right edge to change its length, double-click an empty spot to add a release there. Keys: ↑ ↓ releases, ← → along a row, Shift+← → nudge, Enter opens, Delete removes, Ctrl+Z undoes.
      </p>
      <UnplannedTray releases={layout.unplanned} />
      {drag ? <DragTip drag={drag} zone={displayZone} /> : null}
    </div>
  );
}
