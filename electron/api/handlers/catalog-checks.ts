import { AppError, type FieldIssue } from '../../../shared/api/result';
import type { Db } from '../../store/open-workspace';

const TABLE_LABELS = { sites: 'site', business_processes: 'business process', services: 'service' } as const;

/** Rejects ids that point nowhere, naming the field, so a stale form never writes a dangling link. */
export function requireIds(db: Db, table: keyof typeof TABLE_LABELS, ids: number[], path: string): FieldIssue[] {
  const missing = ids.filter((id) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(id) === undefined);
  return missing.map((id) => ({ path, message: `No ${TABLE_LABELS[table]} with id ${id} exists (it may have been deleted)` }));
}

export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) {
    throw new AppError('VALIDATION', issues.map((i) => i.message).join('; '), undefined, issues);
  }
}

export function requireUniqueName(db: Db, table: keyof typeof TABLE_LABELS, name: string, exceptId?: number): void {
  const other = db.prepare(`SELECT id FROM ${table} WHERE name = ?`).pluck().get(name) as number | undefined;
  if (other !== undefined && other !== exceptId) {
    throw new AppError('DUPLICATE', `A ${TABLE_LABELS[table]} named “${name}” already exists.`, { id: other }, [
      { path: 'name', message: `A ${TABLE_LABELS[table]} named “${name}” already exists` },
    ]);
  }
}

export function requireExisting<T>(value: T | null, what: string, id: number): T {
  if (value === null) throw new AppError('NOT_FOUND', `That ${what} no longer exists (id ${id}). It may have been deleted or undone.`);
  return value;
}

export function serviceName(db: Db, id: number): string {
  return (db.prepare('SELECT name FROM services WHERE id = ?').pluck().get(id) as string | undefined) ?? `#${id}`;
}
