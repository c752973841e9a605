import type { AuditEntry } from '../../shared/api/contract';
import type { Change, ChangeSet } from '../../shared/api/changes';
import { type EntityName, type Snapshot, bumpIdSequence, describeEntity, getEntity, nextId, putEntity, removeEntity } from './entities';
import { auditHead, entryHash } from './audit-chain';
import { historyState } from './journal';
import type { Db } from './open-workspace';
import { prep } from './statement-cache';

export interface Actor {
  actor: string;
  /** The clock for timestamps, seeding and scheduling; tests pin it so date-relative demo data stays put. */
  now?: () => Date;
}

export const nowOf = (who: Pick<Actor, 'now'>): Date => who.now?.() ?? new Date();

/** How one call's writes are kept: as one undo step, or audited only (undo itself, logs, replaces). */
export type WriteMode = 'undoable' | 'logged';
/** The audit action written for each entity: its own create/update/delete, or what the whole call was. */
export type RecordAs = 'import' | 'undo' | 'redo';

export const auditPosition = (db: Db): number => (prep(db, 'SELECT max(id) FROM audit').pluck().get() as number | null) ?? 0;

/**
 * The writes of one call, made inside the transaction the dispatcher opened. Every entity write goes
 * to the append-only audit; in an undoable call it also goes to the undo journal as one step (begun
 * at the first write, so a call that changes nothing leaves no empty step). The writes become the
 * call's change set.
 */
export class WriteTx {
  readonly changes: Change[] = [];
  readonly from: number;
  /** When the call writes: every entry it audits carries this time. */
  readonly at: string;
  private label: string | null = null;
  private recordAs: RecordAs | null = null;
  private journalId: number | null = null;
  private through: number;
  /** Set by a write that swapped the whole workspace, so pages read it again instead of applying rows. */
  replaced = false;

  constructor(private readonly db: Db, private readonly who: Actor, readonly mode: WriteMode) {
    this.at = nowOf(who).toISOString();
    this.from = auditPosition(db);
    this.through = this.from;
  }

  /** Names the call's step (its undo label) and runs its writes. One step per call. */
  record<T>(label: string, work: (rec: Recorder) => T, recordAs?: RecordAs): T {
    if (this.label !== null) throw new Error(`One call records one step; "${this.label}" is already open.`);
    this.label = label;
    this.recordAs = recordAs ?? null;
    const kept = { changes: this.changes.length, through: this.through, journalId: this.journalId };
    try {
      // A savepoint: work that throws (an import that turns out to change nothing) leaves no trace, and the call may go on.
      return this.db.transaction(() => work(new Recorder(this.db, this)))();
    } catch (error) {
      this.changes.length = kept.changes;
      this.through = kept.through;
      this.journalId = kept.journalId;
      this.label = null;
      throw error;
    }
  }

  /** Called by the Recorder for each entity it wrote. */
  wrote<E extends EntityName>(entity: E, id: number, before: Snapshot<E> | null, after: Snapshot<E> | null, summary: string): void {
    const action: AuditEntry['action'] = this.recordAs ?? (before === null ? 'create' : after === null ? 'delete' : 'update');
    const beforeText = before === null ? null : JSON.stringify(before);
    const afterText = after === null ? null : JSON.stringify(after);
    // Chained to the entry before it (read inside this transaction, so no other writer interleaves).
    const head = auditHead(this.db);
    const row = { id: head.id + 1, at: this.at, actor: this.who.actor, action, entity, entity_id: id, summary, before: beforeText, after: afterText };
    prep(this.db, 'INSERT INTO audit (id, at, actor, action, entity, entity_id, summary, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.summary, row.before, row.after, head.hash, entryHash(row, head.hash));
    const auditId = row.id;
    this.through = auditId;
    if (this.mode === 'undoable') {
      this.journalId ??= this.beginStep();
      prep(this.db, 'INSERT INTO journal_changes (journal_id, seq, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?)')
        .run(this.journalId, auditId, entity, id, beforeText, afterText);
    }
    this.changes.push({ entity, id, before, after } as Change);
  }

  private beginStep(): number {
    // A new step discards whatever had been undone (the redo branch), as in every editor.
    prep(this.db, "DELETE FROM journal WHERE state = 'undone'").run();
    return Number(
      prep(this.db, "INSERT INTO journal (label, at, actor, state) VALUES (?, ?, ?, 'done')").run(this.label ?? 'Edit', this.at, this.who.actor).lastInsertRowid,
    );
  }

  changeSet(): ChangeSet {
    return { from: this.from, through: this.through, changes: this.replaced ? [] : this.changes, history: historyState(this.db), ...(this.replaced ? { replaced: true } : {}) };
  }
}

/** Writes whole entity snapshots and reports each to its call's WriteTx. */
export class Recorder {
  constructor(private readonly db: Db, private readonly tx: WriteTx) {}

  /** Creates (id omitted) or replaces an entity; returns its id. */
  put<E extends EntityName>(entity: E, value: Omit<Snapshot<E>, 'id'> & { id?: number }): number {
    const id = value.id ?? nextId(this.db, entity);
    if (value.id !== undefined) bumpIdSequence(this.db, entity, id);
    const before = value.id === undefined ? null : getEntity(this.db, entity, id);
    const after = { ...value, id } as Snapshot<E>;
    putEntity(this.db, entity, after);
    const stored = getEntity(this.db, entity, id);
    this.tx.wrote(entity, id, before, stored, `${before ? 'Edited' : 'Created'} ${entity} ${describeEntity(entity, after)}`);
    return id;
  }

  remove(entity: EntityName, id: number): void {
    const before = getEntity(this.db, entity, id);
    if (!before) return;
    removeEntity(this.db, entity, id);
    this.tx.wrote(entity, id, before, null, `Deleted ${entity} ${describeEntity(entity, before)}`);
  }
}

/**
 * Runs `work` as one call's write in a synchronous transaction. The dispatcher does this for every
 * write method; store code outside a call (seeding the demo, a benchmark's fixture) uses it too.
 */
export function runWrite<T>(db: Db, who: Actor, mode: WriteMode, work: (tx: WriteTx) => T): { value: T; changes: ChangeSet } {
  return db.transaction(() => {
    const tx = new WriteTx(db, who, mode);
    const value = work(tx);
    return { value, changes: tx.changeSet() };
  })();
}

/** One undoable step outside a call, for store code and tests. */
export function recordedWrite<T>(db: Db, who: Actor, label: string, work: (rec: Recorder) => T, recordAs?: RecordAs): T {
  return runWrite(db, who, 'undoable', (tx) => tx.record(label, work, recordAs)).value;
}
