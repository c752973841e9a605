import { AppError, type FieldIssue } from '../../../shared/api/result';
import { idByName, idExists, serviceNameById, type NamedTable } from '../../store/lookups';
import type { Db } from '../../store/open-workspace';

const TABLE_LABELS: Record<NamedTable, string> = { sites: 'site', business_processes: 'business process', services: 'service' };

/** Rejects ids that point nowhere, naming the field, so a stale form never writes a dangling link. */
export function requireIds(db: Db, table: NamedTable, ids: number[], path: string): FieldIssue[] {
  const missing = ids.filter((id) => !idExists(db, table, id));
  return missing.map((id) => ({ path, message: `No ${TABLE_LABELS[table]} with id ${id} exists (it may have been deleted)` }));
}

export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) {
    throw new AppError('VALIDATION', issues.map((i) => i.message).join('; '), undefined, issues);
  }
}

export function requireUniqueName(db: Db, table: NamedTable, name: string, exceptId?: number): void {
  const other = idByName(db, table, name);
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
  return serviceNameById(db, id) ?? `#${id}`;
}
