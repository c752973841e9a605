import type { AuditEntry, HistoryState } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { type EntityName, type Snapshot, describeEntity, getEntity, nextId, putEntity, removeEntity } from './entities';
import type { Db } from './open-workspace';
import { prep } from './statement-cache';

export interface Actor {
  actor: string;
  /** The clock for timestamps, seeding and scheduling; tests pin it so date-relative demo data stays put. */
  now?: () => Date;
}

export const nowOf = (who: Pick<Actor, 'now'>): Date => who.now?.() ?? new Date();

/** Records each write of one user action as audit rows tied to one undoable history entry. */
export class Recorder {
  private readonly at: string;
  constructor(
    private readonly db: Db,
    private readonly who: Actor,
    private readonly historyId: number | null,
    private readonly mode: 'edit' | 'undo' | 'redo' | 'import',
  ) {
    this.at = nowOf(who).toISOString();
  }

  /** Creates (id omitted) or replaces an entity; returns its id. */
  put<E extends EntityName>(entity: E, value: Omit<Snapshot<E>, 'id'> & { id?: number }): number {
    const id = value.id ?? nextId(this.db, entity);
    const before = value.id === undefined ? null : getEntity(this.db, entity, id);
    const after = { ...value, id } as Snapshot<E>;
    putEntity(this.db, entity, after);
    const stored = getEntity(this.db, entity, id);
    this.audit(entity, id, before, stored, `${before ? 'Edited' : 'Created'} ${entity} ${describeEntity(entity, after)}`, before ? 'update' : 'create');
    return id;
  }

  remove(entity: EntityName, id: number): void {
    const before = getEntity(this.db, entity, id);
    if (!before) return;
    removeEntity(this.db, entity, id);
    this.audit(entity, id, before, null, `Deleted ${entity} ${describeEntity(entity, before)}`, 'delete');
  }

  private audit(entity: EntityName, id: number, before: unknown, after: unknown, summary: string, kind: AuditEntry['action']): void {
    const action = this.mode === 'edit' ? kind : this.mode;
    prep(this.db, 'INSERT INTO audit (at, actor, action, entity, entity_id, summary, before, after, history_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(this.at, this.who.actor, action, entity, id, summary, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after), this.historyId);
  }
}

/**
 * Runs one user action in a synchronous transaction, audited and undoable as one step.
 * A new action discards whatever had been undone (the redo branch), as in every editor.
 */
export function recordedWrite<T>(db: Db, who: Actor, label: string, work: (rec: Recorder) => T, mode: 'edit' | 'import' = 'edit'): T {
  return db.transaction(() => {
    prep(db, "DELETE FROM history WHERE state = 'undone'").run();
    const historyId = Number(
      prep(db, "INSERT INTO history (label, at, actor, state) VALUES (?, ?, ?, 'done')").run(label, nowOf(who).toISOString(), who.actor).lastInsertRowid,
    );
    return work(new Recorder(db, who, historyId, mode));
  })();
}

interface AuditRow {
  id: number; at: string; actor: string; action: AuditEntry['action']; entity: string; entity_id: number | null; summary: string;
  before: string | null; after: string | null; history_id: number | null;
}

function restore(db: Db, rec: Recorder, entity: EntityName, id: number, snapshot: string | null): void {
  if (snapshot === null) rec.remove(entity, id);
  else rec.put(entity, JSON.parse(snapshot) as Snapshot<typeof entity>);
}

function step(db: Db, who: Actor, direction: 'undo' | 'redo'): HistoryState {
  const entry = prep(db, direction === 'undo' ? "SELECT id, label FROM history WHERE state = 'done' ORDER BY id DESC LIMIT 1" : "SELECT id, label FROM history WHERE state = 'undone' ORDER BY id ASC LIMIT 1")
    .get() as { id: number; label: string } | undefined;
  if (!entry) throw new AppError('NOTHING_TO_UNDO', direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
  db.transaction(() => {
    // Restored releases may depend on ones restored after them; check references at commit.
    db.pragma('defer_foreign_keys = ON');
    const rows = prep(db, "SELECT * FROM audit WHERE history_id = ? AND action NOT IN ('undo', 'redo') ORDER BY id " + (direction === 'undo' ? 'DESC' : 'ASC')).all(entry.id) as AuditRow[];
    const rec = new Recorder(db, who, null, direction);
    for (const row of rows) {
      const entity = row.entity as EntityName;
      if (row.entity_id === null) continue;
      restore(db, rec, entity, row.entity_id, direction === 'undo' ? row.before : row.after);
    }
    prep(db, 'UPDATE history SET state = ? WHERE id = ?').run(direction === 'undo' ? 'undone' : 'done', entry.id);
  })();
  return historyState(db);
}

export const undo = (db: Db, who: Actor) => step(db, who, 'undo');
export const redo = (db: Db, who: Actor) => step(db, who, 'redo');

export function historyState(db: Db): HistoryState {
  const last = prep(db, "SELECT label FROM history WHERE state = 'done' ORDER BY id DESC LIMIT 1").pluck().get() as string | undefined;
  const next = prep(db, "SELECT label FROM history WHERE state = 'undone' ORDER BY id ASC LIMIT 1").pluck().get() as string | undefined;
  return { canUndo: last !== undefined, canRedo: next !== undefined, undoLabel: last ?? null, redoLabel: next ?? null };
}

/** Forget undo history, e.g. after a whole-workspace replace that cannot be meaningfully reversed row by row. */
export function clearHistory(db: Db): void {
  prep(db, 'DELETE FROM history').run();
}

export function listAudit(db: Db, opts: { limit: number; entity?: string; entityId?: number }): AuditEntry[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (opts.entity) { where.push('entity = ?'); args.push(opts.entity); }
  if (opts.entityId !== undefined) { where.push('entity_id = ?'); args.push(opts.entityId); }
  const sql = `SELECT * FROM audit ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`;
  return (prep(db, sql).all(...args, opts.limit) as AuditRow[]).map((r) => ({
    id: r.id, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, summary: r.summary,
    before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after),
  }));
}
