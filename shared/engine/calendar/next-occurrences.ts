import type { Site } from '../../model/catalog';
import type { PlanWindow } from '../../model/plan';
import { floatingSeries } from './window-occurrences';
import { formatLocal, HOUR_MS } from './wall-clock';
import { instantToWall, normaliseZone, wallToInstant } from './zone-offsets';

export interface PreviewOccurrence {
  startMs: number;
  endMs: number;
  /** Wall-clock text in the group's zone ('YYYY-MM-DDTHH:mm'). */
  startLocal: string;
  endLocal: string;
  /** A wall time fell into a spring-forward gap and was moved forward. */
  shifted: boolean;
}

export interface ZonePreview {
  /** The zone the times below are shown in. */
  zone: string;
  siteIds: number[];
  occurrences: PreviewOccurrence[];
}

/**
 * Editor preview: the next `n` occurrences (ongoing ones included) after `fromMs`, shown in each
 * affected site's local time, one group per distinct zone. With no sites, one group in the
 * window's own zone (UTC for 'site' windows).
 */
export function nextOccurrences(window: PlanWindow, sites: readonly Pick<Site, 'id' | 'timeZone'>[], fromMs: number, n: number): ZonePreview[] {
  const groups = new Map<string, number[]>();
  for (const site of sites) {
    const zone = normaliseZone(site.timeZone);
    groups.set(zone, [...(groups.get(zone) ?? []), site.id]);
  }
  if (groups.size === 0) groups.set(normaliseZone(window.timeZone === 'site' ? null : window.timeZone), []);
  const series = floatingSeries(window);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([displayZone, siteIds]) => {
      // The zone the window is defined in decides the instants; the display zone only renders them.
      const instantZone = window.timeZone === 'site' ? displayZone : normaliseZone(window.timeZone);
      const occurrences: PreviewOccurrence[] = [];
      const fromWall = instantToWall(fromMs, instantZone) - series.durationMs - 3 * HOUR_MS;
      for (let ask = n + 2; occurrences.length < n; ask *= 2) {
        occurrences.length = 0;
        const starts = series.startsFrom(fromWall, ask);
        for (const wallStart of starts) {
          const startMs = wallToInstant(wallStart, instantZone);
          const wallEnd = wallStart + series.durationMs;
          const endMs = Math.max(startMs, wallToInstant(wallEnd, instantZone));
          if (endMs <= fromMs) continue;
          const shifted = instantToWall(startMs, instantZone) !== wallStart || instantToWall(endMs, instantZone) !== wallEnd;
          occurrences.push({
            startMs,
            endMs,
            startLocal: formatLocal(instantToWall(startMs, displayZone)),
            endLocal: formatLocal(instantToWall(endMs, displayZone)),
            shifted,
          });
          if (occurrences.length === n) break;
        }
        if (starts.length < ask) break; // the rule ran out (COUNT / UNTIL / one-off)
      }
      return { zone: displayZone, siteIds, occurrences };
    });
}
