import type { Db } from '../open-workspace';
import { prep } from '../statement-cache';

/** A stored break-glass exception: approver and approvedAt stay null until someone approves it. */
export interface StoredException {
  id: number;
  windowId: number;
  releaseId: number;
  reason: string;
  requester: string;
  approver: string | null;
  approvedAt: string | null;
}

interface ExceptionRow {
  id: number; window_id: number; release_id: number; reason: string; requester: string; approver: string | null; approved_at: string | null;
}

const toException = (r: ExceptionRow): StoredException => ({
  id: r.id, windowId: r.window_id, releaseId: r.release_id, reason: r.reason, requester: r.requester, approver: r.approver, approvedAt: r.approved_at,
});

export function listExceptions(db: Db): StoredException[] {
  return (prep(db, 'SELECT * FROM freeze_exceptions ORDER BY id').all() as ExceptionRow[]).map(toException);
}

export function getException(db: Db, id: number): StoredException | null {
  const row = prep(db, 'SELECT * FROM freeze_exceptions WHERE id = ?').get(id) as ExceptionRow | undefined;
  return row ? toException(row) : null;
}

export function putException(db: Db, e: StoredException): void {
  prep(db,
    `INSERT INTO freeze_exceptions (id, window_id, release_id, reason, requester, approver, approved_at)
     VALUES (@id, @windowId, @releaseId, @reason, @requester, @approver, @approvedAt)
     ON CONFLICT(id) DO UPDATE SET window_id = excluded.window_id, release_id = excluded.release_id, reason = excluded.reason,
       requester = excluded.requester, approver = excluded.approver, approved_at = excluded.approved_at`,
  ).run(e);
}

export function removeException(db: Db, id: number): void {
  prep(db, 'DELETE FROM freeze_exceptions WHERE id = ?').run(id);
}
