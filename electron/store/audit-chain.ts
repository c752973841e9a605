import { createHash } from 'node:crypto';
import type { AuditCheckpoint, AuditVerdict } from '../../shared/api/contract';
import type { Db } from './open-workspace';
import { prep } from './statement-cache';

/** The hash the first entry chains from. */
export const GENESIS = '0'.repeat(64);

export interface AuditRowContent {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  summary: string;
  before: string | null;
  after: string | null;
}

/**
 * SHA-256 of an entry's canonical content and the hash of the entry before it. A JSON array fixes
 * the order and the escaping, so the same entry always hashes the same.
 */
export function entryHash(row: AuditRowContent, prevHash: string): string {
  const canonical = JSON.stringify([row.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.summary, row.before, row.after, prevHash]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface AuditHead {
  id: number;
  hash: string;
}

export function auditHead(db: Db): AuditHead {
  const row = prep(db, 'SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1').get() as AuditHead | undefined;
  return row ?? { id: 0, hash: GENESIS };
}

export function auditCheckpoint(db: Db): AuditCheckpoint {
  const head = prep(db, 'SELECT id, hash, at FROM audit ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string; at: string } | undefined;
  return { count: prep(db, 'SELECT count(*) FROM audit').pluck().get() as number, headId: head?.id ?? 0, headHash: head?.hash ?? GENESIS, headAt: head?.at ?? null };
}

/**
 * Walks the chain from the first entry: ids without gaps, each entry naming the hash of the one
 * before, and each hash matching its content. Tamper-evident, not tamper-proof: someone who can
 * write the file can rebuild the whole chain; a checkpoint kept elsewhere catches that.
 */
export function verifyAudit(db: Db): AuditVerdict {
  let previous: { id: number; hash: string; at: string | null } = { id: 0, hash: GENESIS, at: null };
  let count = 0;
  for (const row of prep(db, 'SELECT * FROM audit ORDER BY id').iterate() as IterableIterator<AuditRowContent & { hash: string | null; prev_hash: string | null }>) {
    count++;
    if (row.id !== previous.id + 1) {
      const missing = row.id - previous.id - 1;
      return { intact: false, count, brokenId: previous.id + 1, brokenAt: previous.at, problem: `${missing === 1 ? `Entry ${previous.id + 1} is` : `Entries ${previous.id + 1} to ${row.id - 1} are`} missing: the trail jumps from entry ${previous.id} to entry ${row.id}.` };
    }
    if (row.prev_hash !== previous.hash) return { intact: false, count, brokenId: row.id, brokenAt: row.at, problem: `Entry ${row.id} does not follow from entry ${previous.id}: an entry before it was changed, removed or replaced.` };
    if (row.hash !== entryHash(row, row.prev_hash)) return { intact: false, count, brokenId: row.id, brokenAt: row.at, problem: `Entry ${row.id} was changed after it was written: its content no longer matches its hash.` };
    previous = { id: row.id, hash: row.hash, at: row.at };
  }
  return { intact: true, ...auditCheckpoint(db) };
}
