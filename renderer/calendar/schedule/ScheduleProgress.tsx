import { useEffect, useId, useRef, useState } from 'react';
import { limitLabel, seconds } from './schedule-format';

/**
 * The solver runs until its time limit, so progress is elapsed time against that limit.
 * Cancel stops waiting: the dialog ignores whatever the search returns.
 */
export function ScheduleProgress({ startedAt, limitMs, count, onCancel }: { startedAt: number; limitMs: number; count: number; onCancel(): void }) {
  const id = useId();
  const [elapsed, setElapsed] = useState(0);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    cancelRef.current?.focus();
    const timer = setInterval(() => setElapsed(performance.now() - startedAt), 100);
    return () => clearInterval(timer);
  }, [startedAt]);

  const done = elapsed >= limitMs;
  return (
    <div className="sched-progress">
      <p className="sr-only" role="status">
        Scheduling {count === 1 ? 'one release' : `${count} releases`} for up to {limitLabel(limitMs)}.
      </p>
      <progress aria-label="Scheduling" aria-describedby={`${id}-text`} max={limitMs} value={Math.min(elapsed, limitMs)} />
      <div className="sched-progress-row">
        <p id={`${id}-text`} className="num">
          {done ? 'Search finished; checking the plan…' : `Searching… ${seconds(elapsed)} of ${limitLabel(limitMs)}`}
        </p>
        <button ref={cancelRef} type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
