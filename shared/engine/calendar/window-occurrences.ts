import type { PlanWindow } from '../../model/plan';
import { AnchoredRule } from './recurrence-anchor';
import { parseRecurrence } from './recurrence-rule';
import { parseLocal } from './wall-clock';

/**
 * The zone-free half of expansion: occurrence starts of a window as floating wall-clock ms.
 * rrule runs with no tzid on dates whose UTC fields are the local wall time, so "every Sunday 02:00"
 * is generated as 02:00 every Sunday; the zone is applied per occurrence afterwards.
 */
export interface FloatingSeries {
  /** Wall-clock duration of each occurrence (endLocal - startLocal). */
  readonly durationMs: number;
  /** Null when the recurrence text cannot be parsed: the window then counts as one-off. */
  readonly recurrenceError: string | null;
  /** Occurrence starts in [fromFloating, toFloating), ascending. */
  startsBetween(fromFloating: number, toFloating: number): number[];
  /** The first `count` starts at or after `fromFloating`. */
  startsFrom(fromFloating: number, count: number): number[];
}

export function floatingSeries(window: Pick<PlanWindow, 'startLocal' | 'endLocal' | 'recurrence'>): FloatingSeries {
  const first = parseLocal(window.startLocal);
  const durationMs = Math.max(0, parseLocal(window.endLocal) - first);
  const parsed = window.recurrence && window.recurrence.trim() ? parseRecurrence(window.recurrence) : null;
  if (!parsed || !parsed.ok) {
    const single = (from: number, to: number) => (first >= from && first < to ? [first] : []);
    return {
      durationMs,
      recurrenceError: parsed && !parsed.ok ? parsed.error : null,
      startsBetween: single,
      startsFrom: (from, count) => (count > 0 ? single(from, Number.POSITIVE_INFINITY) : []),
    };
  }
  const rule = new AnchoredRule(parsed.options, first);
  return {
    durationMs,
    recurrenceError: null,
    startsBetween(fromFloating, toFloating) {
      if (toFloating <= fromFloating) return [];
      const out: number[] = [];
      for (const date of rule.near(fromFloating).between(new Date(fromFloating), new Date(toFloating), true)) {
        const ms = date.getTime();
        if (ms >= fromFloating && ms < toFloating) out.push(ms);
      }
      return out;
    },
    startsFrom(fromFloating, count) {
      const out: number[] = [];
      if (count <= 0) return out;
      rule.near(fromFloating).all((date) => {
        const ms = date.getTime();
        if (ms >= fromFloating) out.push(ms);
        return out.length < count;
      });
      return out;
    },
  };
}
