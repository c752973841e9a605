import { AppError } from '../../shared/api/result';
import type { EntityVersion } from '../../shared/import/ics/window-events';
import type { Db } from '../store/open-workspace';
import { prep } from '../store/statement-cache';

/** The random id migration 003 gave this workspace; it names every exported UID. */
export function workspaceUid(db: Db): string {
  const uid = prep(db, "SELECT value FROM workspace_meta WHERE key = 'workspace_uid'").pluck().get() as string | undefined;
  if (!uid) throw new AppError('INTERNAL', 'This workspace has no calendar id; reopen it so its migrations run.');
  return uid;
}

/** Imported event UID -> the window it became. */
export function icsLinks(db: Db): Map<string, number> {
  const rows = prep(db, 'SELECT uid, window_id FROM ics_links').all() as { uid: string; window_id: number }[];
  return new Map(rows.map((r) => [r.uid, r.window_id]));
}

export function putIcsLink(db: Db, uid: string, windowId: number): void {
  prep(db, 'INSERT INTO ics_links (uid, window_id) VALUES (?, ?) ON CONFLICT(uid) DO UPDATE SET window_id = excluded.window_id').run(uid, windowId);
}

/** The imported event UIDs that became this window, sorted. */
export function windowIcsUids(db: Db, windowId: number): string[] {
  return prep(db, 'SELECT uid FROM ics_links WHERE window_id = ? ORDER BY uid').pluck().all(windowId) as string[];
}

/** Makes `uids` exactly the imported events linked to this window. */
export function setWindowIcsUids(db: Db, windowId: number, uids: readonly string[]): void {
  prep(db, 'DELETE FROM ics_links WHERE window_id = ?').run(windowId);
  for (const uid of uids) putIcsLink(db, uid, windowId);
}

/** SEQUENCE and LAST-MODIFIED per window or release, read from the audit trail. */
export function auditVersions(db: Db, entity: 'window' | 'release'): Map<number, EntityVersion> {
  const rows = prep(db, 'SELECT entity_id AS id, count(*) AS n, max(at) AS last FROM audit WHERE entity = ? AND entity_id IS NOT NULL GROUP BY entity_id')
    .all(entity) as { id: number; n: number; last: string }[];
  return new Map(rows.map((r) => [r.id, { sequence: Math.max(0, r.n - 1), lastModified: new Date(r.last) }]));
}
