import type { Plan, PlanWindow } from '../../model/plan';
import { WindowTimeline, type Occurrence } from './window-timeline';
import { normaliseZone } from './zone-offsets';

export type { Occurrence } from './window-timeline';

/**
 * The expanded calendar: every window's occurrences [startUtcMs, endUtcMs) in any zone, computed
 * lazily per (window, zone, UTC year) and kept. There is no horizon to get wrong: asking about 2031
 * expands 2031. Zones passed in should come from zoneFor() (normalised; invalid names read as UTC).
 */
export class WindowCalendar {
  private readonly timelines = new Map<number, WindowTimeline>();
  private readonly windows = new Map<number, PlanWindow>();

  constructor(windows: readonly PlanWindow[]) {
    for (const window of windows) this.windows.set(window.id, window);
  }

  window(windowId: number): PlanWindow | undefined {
    return this.windows.get(windowId);
  }

  allWindows(): PlanWindow[] {
    return [...this.windows.values()];
  }

  /** The per-window object the conflict checks hold on to; undefined for an unknown id. */
  timeline(windowId: number): WindowTimeline | undefined {
    let timeline = this.timelines.get(windowId);
    if (!timeline) {
      const window = this.windows.get(windowId);
      if (!window) return undefined;
      this.timelines.set(windowId, (timeline = new WindowTimeline(window)));
    }
    return timeline;
  }

  /** The zone a window is read in at a site: its own zone, or the site's for 'site' (UTC without a site). */
  zoneFor(window: Pick<PlanWindow, 'timeZone'>, siteZone: string | null): string {
    return normaliseZone(window.timeZone === 'site' ? siteZone : window.timeZone);
  }

  /** The zone the window is always read in, or null when it follows each site's zone. */
  fixedZone(windowId: number): string | null {
    return this.timeline(windowId)?.fixedZone ?? null;
  }

  /** Longest possible UTC length of one occurrence, for interval searches. */
  maxDurationMs(windowId: number): number {
    return this.timeline(windowId)?.maxDurationMs ?? 0;
  }

  recurrenceError(windowId: number): string | null {
    return this.timeline(windowId)?.recurrenceError ?? null;
  }

  forEachOverlapping(windowId: number, zone: string, fromMs: number, toMs: number, visit: (startMs: number, endMs: number, shifted: boolean) => boolean | void): void {
    this.timeline(windowId)?.forEachOverlapping(zone, fromMs, toMs, visit);
  }

  /** True when some occurrence overlaps [fromMs, toMs). */
  overlapsAny(windowId: number, zone: string, fromMs: number, toMs: number): boolean {
    return this.timeline(windowId)?.overlapsAny(zone, fromMs, toMs) ?? false;
  }

  /** True when one occurrence holds all of [fromMs, toMs). */
  holds(windowId: number, zone: string, fromMs: number, toMs: number): boolean {
    return this.timeline(windowId)?.holds(zone, fromMs, toMs) ?? false;
  }

  /** Occurrences overlapping [fromMs, toMs), ascending. */
  occurrencesBetween(windowId: number, zone: string, fromMs: number, toMs: number): Occurrence[] {
    const out: Occurrence[] = [];
    const z = normaliseZone(zone);
    this.forEachOverlapping(windowId, z, fromMs, toMs, (startMs, endMs, shifted) => {
      out.push({ windowId, zone: z, startMs, endMs, shifted });
    });
    return out;
  }

  /** An occurrence containing all of [fromMs, toMs), if any. */
  containing(windowId: number, zone: string, fromMs: number, toMs: number): Occurrence | null {
    let found: Occurrence | null = null;
    this.forEachOverlapping(windowId, zone, fromMs, Math.max(toMs, fromMs + 1), (startMs, endMs, shifted) => {
      if (startMs > fromMs || endMs < toMs) return true;
      found = { windowId, zone, startMs, endMs, shifted };
      return false;
    });
    return found;
  }

  /** The occurrence nearest to [fromMs, toMs) within `searchMs` either side (overlapping ones are nearest). */
  nearest(windowId: number, zone: string, fromMs: number, toMs: number, searchMs: number): Occurrence | null {
    let best: Occurrence | null = null;
    let bestGap = Number.POSITIVE_INFINITY;
    this.forEachOverlapping(windowId, zone, fromMs - searchMs, toMs + searchMs, (startMs, endMs, shifted) => {
      const gap = startMs >= toMs ? startMs - toMs : endMs <= fromMs ? fromMs - endMs : 0;
      if (gap < bestGap) {
        bestGap = gap;
        best = { windowId, zone, startMs, endMs, shifted };
      }
    });
    return best;
  }

  /** The occurrence whose start is closest to `ms`, within `searchMs`. */
  nearestStart(windowId: number, zone: string, ms: number, searchMs: number): Occurrence | null {
    return this.timeline(windowId)?.nearestStart(zone, ms, searchMs) ?? null;
  }

  /** Pre-expands the given zones (for 'site' windows; fixed-zone windows use their own) over [fromMs, toMs). */
  warm(zones: readonly string[], fromMs: number, toMs: number): void {
    for (const window of this.windows.values()) {
      const timeline = this.timeline(window.id)!;
      timeline.mayOverlap(fromMs, toMs);
      const targets = timeline.fixedZone !== null ? [timeline.fixedZone] : zones.map((zone) => normaliseZone(zone));
      for (const zone of targets) timeline.forEachOverlapping(zone, fromMs, toMs, () => false);
    }
  }
}

/**
 * Concrete occurrences [startMs, endMs) of one window over [fromMs, toMs): in its own zone, or for a
 * 'site' window once per zone in `siteZones` (UTC when none is given). For one-off use; keep a
 * WindowCalendar for repeated queries.
 */
export function expandWindow(window: PlanWindow, fromMs: number, toMs: number, siteZones: readonly string[] = []): Occurrence[] {
  const timeline = new WindowTimeline(window);
  const zones = timeline.fixedZone !== null ? [timeline.fixedZone] : siteZones.length ? [...new Set(siteZones.map((z) => normaliseZone(z)))] : ['UTC'];
  const out: Occurrence[] = [];
  for (const zone of zones) {
    timeline.forEachOverlapping(zone, fromMs, toMs, (startMs, endMs, shifted) => {
      out.push({ windowId: window.id, zone, startMs, endMs, shifted });
    });
  }
  return out.sort((a, b) => a.startMs - b.startMs || (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0));
}

/** Builds the calendar for a plan's windows. */
export function expandCalendar(plan: Pick<Plan, 'windows'>): WindowCalendar {
  return new WindowCalendar(plan.windows);
}
