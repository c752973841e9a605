import type { Change, ChangeSet } from '../../shared/api/changes';
import { historyState } from './journal';
import type { Db } from './open-workspace';
import { prep } from './statement-cache';
import { auditPosition } from './write-tx';

interface AuditChangeRow { id: number; entity: string; entity_id: number | null; before: string | null; after: string | null }

/** More rows than this after a position and the page is better off reading the workspace whole. */
const MAX_REPLAYED = 20_000;

/**
 * What changed after an audit position, rebuilt from the append-only audit (every write leaves its
 * before and after there): how a page catches up on writes made by another window or process.
 */
export function changesAfter(db: Db, after: number): ChangeSet {
  return db.transaction(() => {
    const through = auditPosition(db);
    const history = historyState(db);
    if (through - after > MAX_REPLAYED || after > through) return { from: after, through, changes: [], history, replaced: true };
    const rows = prep(db, 'SELECT id, entity, entity_id, before, after FROM audit WHERE id > ? ORDER BY id').all(after) as AuditChangeRow[];
    const changes = rows
      .filter((r) => r.entity_id !== null)
      .map((r) => ({ entity: r.entity, id: r.entity_id, before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after) }) as Change);
    return { from: after, through, changes, history };
  })();
}
