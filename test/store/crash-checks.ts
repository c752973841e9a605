// The checks test/store/crash-safety.test.ts makes on a workspace reopened after its writer was killed.
// Each returns the problems it found, in words, so a failure says what was lost or half-written.
import { verifyAudit } from '../../electron/store/audit-chain';
import { ENTITIES, type EntityName, getEntity } from '../../electron/store/entities';
import type { Db } from '../../electron/store/open-workspace';
import { type Ack, DEPENDENCY_IMPORT_ROWS, IMPORT_ROWS, snapshotHash } from './fixtures/crash-ack';

// Approval policies are left out: migration 007 seeds each tier's defaults, which no write made.
const TABLES: Record<Exclude<EntityName, 'policy'>, string> = {
  site: 'sites', process: 'business_processes', service: 'services', dependency: 'dependencies', window: 'windows', release: 'releases',
  exception: 'freeze_exceptions', runbook: 'runbooks', incident: 'incidents', run: 'runs', event: 'incident_events', actionItem: 'action_items',
  profile: 'profiles', approval: 'approvals',
};

interface AuditRow { id: number; entity: string; entity_id: number; after: string | null }

const hashOfText = (text: string | null) => snapshotHash(text === null ? null : JSON.parse(text));

/** SQLite's own checks and the audit hash chain. */
export function fileIsSound(db: Db): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const orphans = db.pragma('foreign_key_check') as unknown[];
  if (orphans.length) problems.push(`foreign_key_check: ${JSON.stringify(orphans.slice(0, 5))}`);
  const verdict = verifyAudit(db);
  if (!verdict.intact) problems.push(`audit chain: ${verdict.problem}`);
  return problems;
}

/** Every acknowledged write is in the audit, at its position, with the very snapshots it wrote. */
export function acksArePresent(db: Db, acks: Ack[]): string[] {
  const problems: string[] = [];
  const audit = new Map((db.prepare('SELECT id, entity, entity_id, after FROM audit').all() as AuditRow[]).map((r) => [r.id, r]));
  const head = Math.max(0, ...audit.keys());
  const last = acks.at(-1);
  if (last && head < last.through) problems.push(`audit ends at ${head}, before the last acknowledged write (${last.through})`);
  for (const ack of acks) {
    if (ack.through - ack.from !== ack.wrote.length) problems.push(`${ack.method} #${ack.i}: ${ack.wrote.length} changes for positions ${ack.from}..${ack.through}`);
    ack.wrote.forEach(([entity, id, hash], k) => {
      const row = audit.get(ack.from + 1 + k);
      if (!row || row.entity !== entity || row.entity_id !== id || hashOfText(row.after) !== hash) {
        problems.push(`${ack.method} #${ack.i}: audit ${ack.from + 1 + k} is not ${entity} ${id} as written`);
      }
    });
  }
  // The last drag of each release shows on the calendar, unless something later (say an undo) moved it.
  const lastDrag = new Map(acks.filter((a) => a.drag).map((a) => [a.drag!.id, a]));
  for (const [id, ack] of lastDrag) {
    const later = db.prepare("SELECT count(*) FROM audit WHERE entity = 'release' AND entity_id = ? AND id > ?").pluck().get(id, ack.through) as number;
    const now = getEntity(db, 'release', id);
    if (later === 0 && now?.plannedStart !== ack.drag!.plannedStart) problems.push(`release ${id} starts ${now?.plannedStart} but was dragged to ${ack.drag!.plannedStart}`);
  }
  return problems;
}

/** Rows and audit agree both ways: each entity's latest entry is its current row, and no row is unaudited. */
export function rowsMatchAudit(db: Db): string[] {
  const problems: string[] = [];
  const latest = db.prepare('SELECT a.entity, a.entity_id, a.after FROM audit a JOIN (SELECT max(id) AS id FROM audit WHERE entity_id IS NOT NULL GROUP BY entity, entity_id) m ON a.id = m.id').all() as Omit<AuditRow, 'id'>[];
  const audited = new Set<string>();
  for (const row of latest) {
    if (!(row.entity in ENTITIES)) continue;
    const current = getEntity(db, row.entity as EntityName, row.entity_id);
    if (row.after !== null) audited.add(`${row.entity} ${row.entity_id}`);
    if (snapshotHash(current) !== hashOfText(row.after)) problems.push(`${row.entity} ${row.entity_id} differs from its latest audit entry`);
  }
  for (const [entity, table] of Object.entries(TABLES)) {
    for (const id of db.prepare(`SELECT id FROM ${table}`).pluck().all() as number[]) {
      if (!audited.has(`${entity} ${id}`)) problems.push(`${entity} ${id} exists without an audit entry that made it`);
    }
  }
  return problems;
}

/** Each undo step holds all its changes, and an import is all its rows or none of them. */
export function stepsAreWhole(db: Db): string[] {
  const problems: string[] = [];
  const steps = db.prepare('SELECT j.id, j.label, count(c.seq) AS n, min(c.seq) AS lo, max(c.seq) AS hi FROM journal j LEFT JOIN journal_changes c ON c.journal_id = j.id GROUP BY j.id').all() as { id: number; label: string; n: number; lo: number; hi: number }[];
  for (const s of steps) {
    if (s.n === 0 || s.hi - s.lo + 1 !== s.n) problems.push(`undo step ${s.id} (${s.label}) has ${s.n} changes over audit ${s.lo}..${s.hi}`);
    if (s.label === 'Import services from CSV' && s.n !== IMPORT_ROWS) problems.push(`services import step ${s.id} has ${s.n} of ${IMPORT_ROWS} rows`);
    if (s.label === 'Import dependencies from CSV' && s.n !== DEPENDENCY_IMPORT_ROWS) problems.push(`dependencies import step ${s.id} has ${s.n} of ${DEPENDENCY_IMPORT_ROWS} rows`);
  }
  const unjournaled = db.prepare('SELECT count(*) FROM journal_changes c LEFT JOIN audit a ON a.id = c.seq WHERE a.id IS NULL OR a.entity != c.entity OR a.entity_id != c.entity_id').pluck().get() as number;
  if (unjournaled) problems.push(`${unjournaled} undo changes have no matching audit entry`);
  // Every batch, acknowledged or cut off by the kill: its services are named "imp <batch> <row>".
  const batches = db.prepare("SELECT substr(name, 1, length(name) - 2) AS batch, count(*) AS n FROM services WHERE name LIKE 'imp %' GROUP BY batch").all() as { batch: string; n: number }[];
  for (const b of batches) if (b.n !== IMPORT_ROWS) problems.push(`import “${b.batch}” left ${b.n} of ${IMPORT_ROWS} services`);
  return problems;
}
