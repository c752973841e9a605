import { memo, type PointerEvent } from 'react';
import type { Conflict } from '../../../shared/engine/conflicts';
import type { Release } from '../../../shared/model/plan';
import { Icon } from '../../ui/Icon';
import { duration } from '../../ui/format';
import { zonedRange } from '../../ui/zoned-time';
import { RELEASE_STATUS_LABELS } from '../release-labels';
import { waveSegments } from './geometry';

// A narrow bar is all handle otherwise: it can only be moved (zoom in to change its length).
const MIN_RESIZABLE_PX = 28;

export type ExceptionMark = 'approved' | 'pending' | null;

interface BarProps {
  release: Release;
  startMs: number;
  endMs: number;
  left: number;
  width: number;
  conflicts: readonly Conflict[];
  exception: ExceptionMark;
  selected: boolean;
  tabbable: boolean;
  dragging: boolean;
  zone: string;
  onPointerDown(event: PointerEvent<HTMLElement>, release: Release, mode: 'move' | 'resize'): void;
  onOpen(release: Release): void;
}

function conflictWord(conflicts: readonly Conflict[]): string {
  if (conflicts.length === 0) return 'no conflicts';
  const blocking = conflicts.filter((c) => c.severity === 'blocking').length;
  return `${conflicts.length} ${conflicts.length === 1 ? 'conflict' : 'conflicts'}${blocking > 0 ? ` (${blocking} blocking)` : ''}`;
}

/** One release as a bar: waves as segments, conflicts marked, draggable, resizable at its right edge. */
export const ReleaseBar = memo(function ReleaseBar(props: BarProps) {
  const { release, startMs, endMs, left, width, conflicts, exception, selected, tabbable, dragging, zone } = props;
  const blocking = conflicts.some((c) => c.severity === 'blocking');
  const segments = waveSegments(release.waves, release.durationMinutes);
  const when = `${zonedRange(startMs, endMs, zone)} (${zone})`;
  const label = `${release.title}, ${RELEASE_STATUS_LABELS[release.status]}, ${when}, ${conflictWord(conflicts)}${exception === 'approved' ? ', freeze exception approved' : exception === 'pending' ? ', freeze exception awaiting approval' : ''}`;
  const tooltip = [
    release.title,
    `${RELEASE_STATUS_LABELS[release.status]} · ${release.type} · ${release.strategy} · ${duration(release.durationMinutes)}`,
    when,
    release.waves.length > 0 ? `Waves: ${release.waves.map((w) => w.name).join(' → ')}` : null,
    conflicts.length > 0 ? conflicts.map((c) => `⚠ ${c.message}`).join('\n') : 'No conflicts',
  ].filter(Boolean).join('\n');
  const classes = ['tl-bar', `status-${release.status}`, conflicts.length > 0 ? (blocking ? 'conflict-blocking' : 'conflict-warning') : '', selected ? 'selected' : '', dragging ? 'dragging' : ''];

  return (
    <div
      role="button"
      className={classes.filter(Boolean).join(' ')}
      style={{ left, width: Math.max(6, width) }}
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-pressed={selected}
      title={tooltip}
      data-release-id={release.id}
      onPointerDown={(e) => props.onPointerDown(e, release, 'move')}
      onDoubleClick={() => props.onOpen(release)}
    >
      {segments.length > 0 ? (
        <div className="tl-waves" aria-hidden="true">
          {segments.map((s, i) => (
            <span key={i} className={`tl-wave ${s.kind}`} style={{ flexGrow: s.fraction }} />
          ))}
        </div>
      ) : null}
      {conflicts.length > 0 ? (
        <span className="tl-bar-flag" aria-hidden="true">
          <Icon name="alert" size={13} />
        </span>
      ) : null}
      {exception ? (
        <span className={`tl-bar-exception ${exception}`} aria-hidden="true" title={exception === 'approved' ? 'Freeze exception approved' : 'Freeze exception awaiting approval'}>
          <Icon name="lock" size={12} />
        </span>
      ) : null}
      <span className="tl-bar-label">{release.title}</span>
      {width >= MIN_RESIZABLE_PX ? (
        <span className="tl-bar-resize" aria-hidden="true" onPointerDown={(e) => { e.stopPropagation(); props.onPointerDown(e, release, 'resize'); }} />
      ) : null}
    </div>
  );
});
