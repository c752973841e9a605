import type { WindowCalendar } from '../../../shared/engine/calendar/window-calendar';
import type { PlanWindow } from '../../../shared/model/plan';

export type ShadeKind = 'freeze-hard' | 'freeze-soft' | 'maintenance';

export interface ShadeBlock {
  /** Windows whose occurrences make up this block (overlapping ones of one kind are merged). */
  windowIds: number[];
  kind: ShadeKind;
  /** Zones the occurrence was read in (several when site zones overlap and were merged). */
  zones: string[];
  startMs: number;
  endMs: number;
}

export const shadeKind = (window: Pick<PlanWindow, 'type' | 'severity'>): ShadeKind =>
  window.type === 'maintenance' ? 'maintenance' : window.severity === 'hard' ? 'freeze-hard' : 'freeze-soft';

/**
 * Every render of the timeline asks again for each visible row's blocks, and a scroll frame
 * re-renders it; rows share one windowIds array per group, so answers are kept per calendar and
 * array (both weakly) and per range. Callers must treat the returned array as read-only.
 */
const cache = new WeakMap<WindowCalendar, WeakMap<readonly number[], Map<string, ShadeBlock[]>>>();
/** A few ranges per row, so scrolling back and forth across a step boundary stays cached. */
const CACHED_RANGES = 4;

/**
 * Occurrences of the given windows overlapping [fromMs, toMs): fixed-zone windows in their own zone,
 * 'site' windows in each of the row's site zones (a freeze at 00:00 local is a different instant in
 * Chicago and in Berlin, and both matter to a service running in both). Cached (see above): the
 * same arguments give the same array.
 */
export function shadeBlocks(calendar: WindowCalendar, windowIds: readonly number[], siteZones: readonly string[], fromMs: number, toMs: number, includeMaintenance = true, limit = 20_000): ShadeBlock[] {
  let byIds = cache.get(calendar);
  if (!byIds) cache.set(calendar, (byIds = new WeakMap()));
  let entries = byIds.get(windowIds);
  if (!entries) byIds.set(windowIds, (entries = new Map()));
  const key = `${fromMs}|${toMs}|${limit}|${includeMaintenance}|${siteZones.join('|')}`;
  let blocks = entries.get(key);
  if (!blocks) {
    blocks = computeShadeBlocks(calendar, windowIds, siteZones, fromMs, toMs, limit, includeMaintenance);
    if (entries.size >= CACHED_RANGES) entries.delete(entries.keys().next().value!);
    entries.set(key, blocks);
  }
  return blocks;
}

function computeShadeBlocks(calendar: WindowCalendar, windowIds: readonly number[], siteZones: readonly string[], fromMs: number, toMs: number, limit: number, includeMaintenance: boolean): ShadeBlock[] {
  const out: ShadeBlock[] = [];
  for (const windowId of windowIds) {
    const window = calendar.window(windowId);
    if (!window) continue;
    const kind = shadeKind(window);
    if (kind === 'maintenance' && !includeMaintenance) continue;
    const zones = new Set(window.timeZone === 'site' ? siteZones.map((z) => calendar.zoneFor(window, z)) : [calendar.zoneFor(window, null)]);
    for (const zone of zones) {
      calendar.forEachOverlapping(windowId, zone, fromMs, toMs, (startMs, endMs) => {
        out.push({ windowIds: [windowId], kind, zones: [zone], startMs, endMs });
        return out.length < limit; // false stops: a guard against pathological rules, far above what a row holds
      });
      if (out.length >= limit) return out;
    }
  }
  // Freezes are drawn over maintenance windows.
  return mergeOverlaps(out).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'maintenance' ? -1 : b.kind === 'maintenance' ? 1 : a.kind === 'freeze-soft' ? -1 : 1));
}

/**
 * Overlapping occurrences of one kind become one block: one window read in several site zones
 * (00:00 in Chicago and in Berlin), or several windows at once. Drawn separately they would stack
 * into darker bands and thousands of elements; merged, the tooltip names every window in the block.
 */
function mergeOverlaps(blocks: ShadeBlock[]): ShadeBlock[] {
  const byKind = new Map<ShadeKind, ShadeBlock[]>();
  for (const b of blocks) {
    const list = byKind.get(b.kind);
    if (list) list.push(b);
    else byKind.set(b.kind, [b]);
  }
  const out: ShadeBlock[] = [];
  for (const list of byKind.values()) {
    list.sort((a, b) => a.startMs - b.startMs);
    let current = { ...list[0]!, zones: [...list[0]!.zones], windowIds: [...list[0]!.windowIds] };
    for (const b of list.slice(1)) {
      if (b.startMs <= current.endMs) {
        if (b.endMs > current.endMs) current.endMs = b.endMs;
        for (const zone of b.zones) if (!current.zones.includes(zone)) current.zones.push(zone);
        for (const id of b.windowIds) if (!current.windowIds.includes(id)) current.windowIds.push(id);
      } else {
        out.push(current);
        current = { ...b, zones: [...b.zones], windowIds: [...b.windowIds] };
      }
    }
    out.push(current);
  }
  return out;
}
