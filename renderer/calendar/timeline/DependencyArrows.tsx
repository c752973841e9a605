import { memo } from 'react';
import type { Conflict } from '../../../shared/engine/conflicts';
import { plannedInterval } from '../../../shared/engine/conflicts/release-facts';
import type { Release } from '../../../shared/model/plan';
import { LABEL_W, ROW_H, xOf, type Scale } from './geometry';
import type { TimelineLayout } from './layout-rows';
import type { DragState } from './use-bar-drag';

interface Arrow {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  broken: boolean;
  label: string;
}

interface ArrowsProps {
  layout: TimelineLayout;
  offsets: Float64Array;
  scale: Scale;
  firstRow: number;
  lastRow: number;
  releaseById: ReadonlyMap<number, Release>;
  conflictsByRelease: ReadonlyMap<number, Conflict[]>;
  drag: DragState | null;
}

function interval(release: Release, drag: DragState | null) {
  return drag?.releaseId === release.id ? { startMs: drag.startMs, endMs: drag.endMs } : plannedInterval(release);
}

/** Arrows from each prerequisite's end to its dependent's start, for dependents in the rendered rows. */
export const DependencyArrows = memo(function DependencyArrows({ layout, offsets, scale, firstRow, lastRow, releaseById, conflictsByRelease, drag }: ArrowsProps) {
  const arrows: Arrow[] = [];
  const mid = ROW_H.lane / 2;
  for (let row = Math.max(0, firstRow); row <= lastRow && row < layout.rows.length; row++) {
    const r = layout.rows[row]!;
    if (r.kind !== 'lane') continue;
    for (const item of r.items) {
      const release = releaseById.get(item.releaseId);
      if (!release || release.dependsOn.length === 0 || layout.rowsOfRelease.get(release.id)?.[0] !== row) continue;
      const to = interval(release, drag);
      if (!to) continue;
      for (const dep of release.dependsOn) {
        const prereq = releaseById.get(dep.releaseId);
        const prereqRow = layout.rowsOfRelease.get(dep.releaseId)?.[0];
        const from = prereq ? interval(prereq, drag) : null;
        // Only between rendered rows: an arrow to a row far off screen makes a huge layer to raster on every frame.
        if (!prereq || prereqRow === undefined || !from || prereqRow < firstRow || prereqRow > lastRow) continue;
        const broken = (conflictsByRelease.get(release.id) ?? []).some((c) => c.evidence.kind === 'release-order-violation' && c.evidence.dependsOnId === prereq.id);
        arrows.push({
          key: `${prereq.id}>${release.id}`,
          x1: xOf(scale, dep.kind === 'start-after' ? from.startMs : from.endMs),
          y1: offsets[prereqRow]! + mid,
          x2: xOf(scale, to.startMs),
          y2: offsets[row]! + mid,
          broken,
          label: `${release.title} ${dep.kind === 'start-after' ? 'starts after' : dep.kind === 'same-window' ? 'shares a window with' : 'waits for'} ${prereq.title}`,
        });
      }
    }
  }
  if (arrows.length === 0) return null;
  const pad = 24;
  const minX = Math.min(...arrows.flatMap((a) => [a.x1, a.x2])) - pad;
  const minY = Math.min(...arrows.flatMap((a) => [a.y1, a.y2])) - pad;
  const maxX = Math.max(...arrows.flatMap((a) => [a.x1, a.x2])) + pad;
  const maxY = Math.max(...arrows.flatMap((a) => [a.y1, a.y2])) + pad;
  return (
    <svg className="tl-arrows" style={{ left: LABEL_W + minX, top: minY, width: maxX - minX, height: maxY - minY }} aria-hidden="true">
      <defs>
        <marker id="tl-arrowhead" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 8 4 0 8z" className="tl-arrowhead" />
        </marker>
        <marker id="tl-arrowhead-broken" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 8 4 0 8z" className="tl-arrowhead broken" />
        </marker>
      </defs>
      {arrows.map((a) => {
        const x1 = a.x1 - minX;
        const y1 = a.y1 - minY;
        const x2 = a.x2 - minX;
        const y2 = a.y2 - minY;
        const bend = Math.max(16, Math.abs(x2 - x1) / 3);
        return (
          <path key={a.key} className={`tl-arrow${a.broken ? ' broken' : ''}`} d={`M${x1} ${y1} C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2 - 2} ${y2}`} markerEnd={`url(#tl-arrowhead${a.broken ? '-broken' : ''})`}>
            <title>{a.label}</title>
          </path>
        );
      })}
    </svg>
  );
});
