import type { Db } from './open-workspace';
import { prep } from './statement-cache';

/** The tables a handler may check ids and names against. */
export type NamedTable = 'sites' | 'business_processes' | 'services';

export function idExists(db: Db, table: NamedTable, id: number): boolean {
  return prep(db, `SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(id) !== undefined;
}

export function idByName(db: Db, table: NamedTable, name: string): number | undefined {
  return prep(db, `SELECT id FROM ${table} WHERE name = ?`).pluck().get(name) as number | undefined;
}

export function serviceNameById(db: Db, id: number): string | undefined {
  return prep(db, 'SELECT name FROM services WHERE id = ?').pluck().get(id) as string | undefined;
}

/** How many rows each part of the workspace holds, for the header and the CLI. */
export function workspaceCounts(db: Db) {
  const count = (table: string) => prep(db, `SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    sites: count('sites'),
    services: count('services'),
    dependencies: count('dependencies'),
    processes: count('business_processes'),
    releases: count('releases'),
    windows: count('windows'),
  };
}
