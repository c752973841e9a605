import type { KeyboardEvent } from 'react';
import type { Release } from '../../../shared/model/plan';
import type { TimelineLayout } from './layout-rows';

interface KeyActions {
  layout: TimelineLayout;
  releaseById: ReadonlyMap<number, Release>;
  select(id: number | null): void;
  nudge(release: Release, direction: -1 | 1): void;
  open(release: Release): void;
  remove(release: Release): void;
}

/** The next or previous release in the same lane as `id`. */
function alongLane(layout: TimelineLayout, id: number, step: -1 | 1): number | null {
  const rowIndex = layout.rowsOfRelease.get(id)?.[0];
  const row = rowIndex === undefined ? null : layout.rows[rowIndex];
  if (!row || row.kind !== 'lane') return null;
  const at = row.items.findIndex((item) => item.releaseId === id);
  return row.items[at + step]?.releaseId ?? null;
}

/**
 * Keyboard on a focused release bar: Up/Down previous/next release, Left/Right along its lane,
 * Shift+Left/Right nudge earlier/later by the zoom's step, Home/End, Enter opens, Delete asks.
 */
export function onTimelineKey(event: KeyboardEvent<HTMLElement>, actions: KeyActions): void {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-release-id]');
  if (!target) return;
  const id = Number(target.dataset.releaseId);
  const release = actions.releaseById.get(id);
  if (!release) return;
  const { order } = actions.layout;
  const at = order.indexOf(id);
  let next: number | null | undefined;
  switch (event.key) {
    case 'ArrowDown': next = order[at + 1]; break;
    case 'ArrowUp': next = order[at - 1]; break;
    case 'Home': next = order[0]; break;
    case 'End': next = order[order.length - 1]; break;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const step = event.key === 'ArrowRight' ? 1 : -1;
      if (event.shiftKey) {
        event.preventDefault();
        actions.nudge(release, step);
        return;
      }
      next = alongLane(actions.layout, id, step);
      break;
    }
    case 'Enter':
    case ' ':
      event.preventDefault();
      if (event.key === 'Enter') actions.open(release);
      else actions.select(id);
      return;
    case 'Delete':
    case 'Backspace':
      event.preventDefault();
      actions.remove(release);
      return;
    case 'Escape':
      event.preventDefault();
      actions.select(null);
      return;
    default:
      return;
  }
  event.preventDefault();
  if (next !== null && next !== undefined) actions.select(next);
}
