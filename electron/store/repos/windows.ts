import type { PlanWindow } from '../../../shared/model/plan';
import type { Db } from '../open-workspace';
import { prep } from '../statement-cache';

interface WindowRow {
  id: number; name: string; type: PlanWindow['type']; severity: PlanWindow['severity']; start_local: string; end_local: string;
  time_zone: string; recurrence: string | null; scope: string; reason: string;
}

const toWindow = (r: WindowRow): PlanWindow => ({
  id: r.id, name: r.name, type: r.type, severity: r.severity, startLocal: r.start_local, endLocal: r.end_local,
  timeZone: r.time_zone, recurrence: r.recurrence, scope: JSON.parse(r.scope) as PlanWindow['scope'], reason: r.reason,
});

export function listWindows(db: Db): PlanWindow[] {
  return (prep(db, 'SELECT * FROM windows ORDER BY start_local, id').all() as WindowRow[]).map(toWindow);
}

export function getWindow(db: Db, id: number): PlanWindow | null {
  const row = prep(db, 'SELECT * FROM windows WHERE id = ?').get(id) as WindowRow | undefined;
  return row ? toWindow(row) : null;
}

export function putWindow(db: Db, w: PlanWindow): void {
  prep(db, 
    `INSERT INTO windows (id, name, type, severity, start_local, end_local, time_zone, recurrence, scope, reason)
     VALUES (@id, @name, @type, @severity, @startLocal, @endLocal, @timeZone, @recurrence, @scope, @reason)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, severity = excluded.severity,
       start_local = excluded.start_local, end_local = excluded.end_local, time_zone = excluded.time_zone,
       recurrence = excluded.recurrence, scope = excluded.scope, reason = excluded.reason`,
  ).run({ ...w, scope: JSON.stringify(w.scope) });
}

export function removeWindow(db: Db, id: number): void {
  prep(db, 'DELETE FROM windows WHERE id = ?').run(id);
}
