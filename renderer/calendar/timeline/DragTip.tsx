import { zonedRange } from '../../ui/zoned-time';
import type { DragState } from './use-bar-drag';

/** Follows the pointer during a drag: where the release would land and what it would conflict with. */
export function DragTip({ drag, zone }: { drag: DragState; zone: string }) {
  const blocking = drag.conflicts.filter((c) => c.severity === 'blocking').length;
  return (
    <div className={`tl-drag-tip${drag.conflicts.length > 0 ? ' has-conflicts' : ''}`} style={{ left: drag.pointer.x + 14, top: drag.pointer.y + 18 }} role="status" aria-label="Drop preview">
      <div className="tl-drag-when">{`${zonedRange(drag.startMs, drag.endMs, zone)} (${zone})`}</div>
      {drag.conflicts.length === 0 ? (
        <div className="tl-drag-ok">No conflicts here</div>
      ) : (
        <>
          <div className="tl-drag-head">{`Would cause ${drag.conflicts.length} ${drag.conflicts.length === 1 ? 'conflict' : 'conflicts'}${blocking ? ` (${blocking} blocking)` : ''}`}</div>
          <ul>
            {drag.conflicts.slice(0, 5).map((c) => (
              <li key={c.id}>{c.message}</li>
            ))}
            {drag.conflicts.length > 5 ? <li>{`…and ${drag.conflicts.length - 5} more`}</li> : null}
          </ul>
        </>
      )}
    </div>
  );
}
