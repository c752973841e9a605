import type { Site } from '../../model/catalog';
import { makeConflict, type Conflict } from './conflict-types';
import type { IntervalList } from './interval-list';
import { isoMinute } from '../calendar/wall-clock';

export const DEFAULT_SITE_CAPACITY = 3;

/**
 * site-capacity-exceeded for one site: a sweep over the site's release intervals. Each maximal
 * stretch during which more than `capacity` releases run at once is one conflict, listing every
 * release active during the stretch, the peak count and when it was first reached.
 */
export function capacityConflicts(site: Site, list: IntervalList, capacity: number): Conflict[] {
  if (list.size <= capacity) return [];
  const { starts, ends } = list.sortedBounds();
  const out: Conflict[] = [];
  let count = 0;
  let over = false;
  let stretchStart = 0;
  let peak = 0;
  let peakStart = 0;
  let peakEnd = 0;
  let s = 0;
  let e = 0;
  // Merge the two sorted streams; half-open intervals, so at one instant the ends go first.
  while (s < starts.length || e < ends.length) {
    const time = e < ends.length && (s >= starts.length || ends[e]! <= starts[s]!) ? ends[e]! : starts[s]!;
    while (e < ends.length && ends[e] === time) {
      count--;
      e++;
    }
    while (s < starts.length && starts[s] === time) {
      count++;
      s++;
    }
    if (count > capacity) {
      if (!over) {
        over = true;
        stretchStart = time;
        peak = 0;
      }
      if (count > peak) {
        peak = count;
        peakStart = time;
        // The peak lasts until the next event, whichever stream it comes from.
        peakEnd = Math.min(s < starts.length ? starts[s]! : Infinity, e < ends.length ? ends[e]! : Infinity);
      }
    } else if (over) {
      out.push(stretchConflict(site, list, capacity, stretchStart, time, peak, peakStart, peakEnd));
      over = false;
    }
  }
  return out;
}

function stretchConflict(site: Site, list: IntervalList, capacity: number, fromMs: number, toMs: number, peak: number, peakStart: number, peakEnd: number): Conflict {
  const ids: number[] = [];
  list.overlapping(fromMs, toMs, (id) => ids.push(id));
  const message = `${peak} releases run at once at ${site.name} (capacity ${capacity}) from ${isoMinute(peakStart)}; over capacity ${isoMinute(fromMs)} - ${isoMinute(toMs)}.`;
  return makeConflict('site-capacity-exceeded', ids, `site=${site.id}@${fromMs}`, message, {
    kind: 'site-capacity-exceeded',
    siteId: site.id,
    capacity,
    peak,
    peakInterval: { startMs: peakStart, endMs: peakEnd },
    overloaded: { startMs: fromMs, endMs: toMs },
  });
}
