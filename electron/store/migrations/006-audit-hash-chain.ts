import type Database from 'better-sqlite3';
import { entryHash, GENESIS, type AuditRowContent } from '../audit-chain';

// The audit becomes a hash chain: each entry carries the SHA-256 of its canonical content and of the
// entry before it. Existing entries are chained in id order, once; the append-only triggers step
// aside for that and only for that.
export function up(db: Database.Database): void {
  db.exec(`
    DROP TRIGGER audit_refuses_update;
    ALTER TABLE audit ADD COLUMN prev_hash TEXT;
    ALTER TABLE audit ADD COLUMN hash TEXT;
  `);
  const set = db.prepare('UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?');
  let previous = GENESIS;
  for (const row of db.prepare('SELECT id, at, actor, action, entity, entity_id, summary, before, after FROM audit ORDER BY id').all() as AuditRowContent[]) {
    const hash = entryHash(row, previous);
    set.run(previous, hash, row.id);
    previous = hash;
  }
  db.exec(`
    CREATE TRIGGER audit_refuses_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: its entries cannot be changed.'); END;
  `);
}
