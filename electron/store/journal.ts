import type { AuditEntry, AuditFacets } from '../../shared/api/contract';
import type { HistoryState } from '../../shared/api/changes';
import { AppError } from '../../shared/api/result';
import type { EntityName, Snapshot } from './entities';
import type { Db } from './open-workspace';
import { writeReleaseVersion } from './release-governance';
import { getRelease } from './repos/releases';
import { prep } from './statement-cache';
import type { Recorder, WriteTx } from './write-tx';

interface JournalChange { entity: string; entity_id: number; before: string | null; after: string | null }

function restore(rec: Recorder, entity: EntityName, id: number, snapshot: string | null): void {
  if (snapshot === null) rec.remove(entity, id);
  else rec.put(entity, JSON.parse(snapshot) as Snapshot<typeof entity>);
}

/**
 * Undo or redo the next step of the journal, as a logged (never itself undoable) write: the entities
 * go back to their snapshots, each restore audited as 'undo' or 'redo'. A release restored to another
 * version withdraws the approvals that version never had, as an edit would (writeReleaseVersion).
 */
function step(db: Db, tx: WriteTx, direction: 'undo' | 'redo'): HistoryState {
  const entry = prep(db, direction === 'undo' ? "SELECT id, label FROM journal WHERE state = 'done' ORDER BY id DESC LIMIT 1" : "SELECT id, label FROM journal WHERE state = 'undone' ORDER BY id ASC LIMIT 1")
    .get() as { id: number; label: string } | undefined;
  if (!entry) throw new AppError('NOTHING_TO_UNDO', direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
  // Restored releases may depend on ones restored after them; check references at commit.
  db.pragma('defer_foreign_keys = ON');
  const rows = prep(db, `SELECT entity, entity_id, before, after FROM journal_changes WHERE journal_id = ? ORDER BY seq ${direction === 'undo' ? 'DESC' : 'ASC'}`).all(entry.id) as JournalChange[];
  const releases = new Map([...new Set(rows.filter((r) => r.entity === 'release').map((r) => r.entity_id))].map((id) => [id, getRelease(db, id)]));
  // The step's own approvals come back as they were, with the version of the release they belong to.
  const keep = new Set(rows.filter((r) => r.entity === 'approval').map((r) => r.entity_id));
  tx.record(`${direction === 'undo' ? 'Undo' : 'Redo'} ${entry.label}`, (rec) => {
    for (const row of rows) restore(rec, row.entity as EntityName, row.entity_id, direction === 'undo' ? row.before : row.after);
    // Approvals logged since the step were never undone and approved the version this step takes away:
    // a restored version is held to them exactly as an edit to it would be.
    for (const [id, current] of releases) {
      const restored = getRelease(db, id);
      if (current && restored) writeReleaseVersion(db, rec, current, restored, tx.at, { keep });
    }
  }, direction);
  prep(db, 'UPDATE journal SET state = ? WHERE id = ?').run(direction === 'undo' ? 'undone' : 'done', entry.id);
  return historyState(db);
}

export const undo = (db: Db, tx: WriteTx) => step(db, tx, 'undo');
export const redo = (db: Db, tx: WriteTx) => step(db, tx, 'redo');

export function historyState(db: Db): HistoryState {
  const last = prep(db, "SELECT label FROM journal WHERE state = 'done' ORDER BY id DESC LIMIT 1").pluck().get() as string | undefined;
  const next = prep(db, "SELECT label FROM journal WHERE state = 'undone' ORDER BY id ASC LIMIT 1").pluck().get() as string | undefined;
  return { canUndo: last !== undefined, canRedo: next !== undefined, undoLabel: last ?? null, redoLabel: next ?? null };
}

/** Forget undo history, e.g. after a whole-workspace replace that cannot be meaningfully reversed row by row. The audit is untouched. */
export function clearHistory(db: Db): void {
  prep(db, 'DELETE FROM journal').run();
}

interface AuditRow {
  id: number; at: string; actor: string; action: AuditEntry['action']; entity: string; entity_id: number | null; summary: string;
  before: string | null; after: string | null;
}

export interface AuditQuery {
  limit: number;
  entity?: string;
  entityId?: number;
  /** Exact name, any case. */
  actor?: string;
  /** Inclusive lower and exclusive upper bound, any ISO instant. */
  from?: string;
  to?: string;
  /** Words found in the summary, any case. */
  text?: string;
  /** Keyset cursor: only entries older than this id. */
  before?: number;
}

/** LIKE's wildcards taken literally, so a search for "50%" finds "50%". */
const likeLiteral = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the audit, newest first, filtered in SQL. Times are compared as the ISO UTC text they
 * are stored as (audit_by_time); the id cursor walks the primary key, so paging never rescans.
 */
export function listAudit(db: Db, opts: AuditQuery): AuditEntry[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (opts.entity) { where.push('entity = ?'); args.push(opts.entity); }
  if (opts.entityId !== undefined) { where.push('entity_id = ?'); args.push(opts.entityId); }
  if (opts.actor) { where.push('actor = ? COLLATE NOCASE'); args.push(opts.actor); }
  if (opts.from) { where.push('at >= ?'); args.push(new Date(opts.from).toISOString()); }
  if (opts.to) { where.push('at < ?'); args.push(new Date(opts.to).toISOString()); }
  if (opts.text) { where.push("summary LIKE ? ESCAPE '\\'"); args.push(likeLiteral(opts.text)); }
  if (opts.before !== undefined) { where.push('id < ?'); args.push(opts.before); }
  const sql = `SELECT id, at, actor, action, entity, entity_id, summary, before, after FROM audit ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`;
  return (prep(db, sql).all(...args, opts.limit) as AuditRow[]).map((r) => ({
    id: r.id, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, summary: r.summary,
    before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after),
  }));
}

/** Every actor and entity kind the audit names, for the trail's filters. */
export function auditFacets(db: Db): AuditFacets {
  return {
    // One spelling per person: the actor filter ignores case too.
    actors: prep(db, 'SELECT min(actor) FROM audit GROUP BY actor COLLATE NOCASE ORDER BY 1 COLLATE NOCASE').pluck().all() as string[],
    entities: prep(db, 'SELECT DISTINCT entity FROM audit ORDER BY entity').pluck().all() as string[],
  };
}
