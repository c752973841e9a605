import type { Dependency } from '../../../shared/model/catalog';
import type { Db } from '../open-workspace';
import { prep } from '../statement-cache';

const COLUMNS = 'id, from_id AS fromId, to_id AS toId, kind, strength';

export function listDependencies(db: Db): Dependency[] {
  return prep(db, `SELECT ${COLUMNS} FROM dependencies ORDER BY id`).all() as Dependency[];
}

export function getDependency(db: Db, id: number): Dependency | null {
  return (prep(db, `SELECT ${COLUMNS} FROM dependencies WHERE id = ?`).get(id) as Dependency | undefined) ?? null;
}

export function findDependency(db: Db, fromId: number, toId: number): Dependency | null {
  return (prep(db, `SELECT ${COLUMNS} FROM dependencies WHERE from_id = ? AND to_id = ?`).get(fromId, toId) as Dependency | undefined) ?? null;
}

/** Every dependency touching a service, in either direction. */
export function dependenciesOf(db: Db, serviceId: number): Dependency[] {
  return prep(db, `SELECT ${COLUMNS} FROM dependencies WHERE from_id = ? OR to_id = ? ORDER BY id`).all(serviceId, serviceId) as Dependency[];
}

export function putDependency(db: Db, d: Dependency): void {
  prep(db, 
    `INSERT INTO dependencies (id, from_id, to_id, kind, strength) VALUES (@id, @fromId, @toId, @kind, @strength)
     ON CONFLICT(id) DO UPDATE SET from_id = excluded.from_id, to_id = excluded.to_id, kind = excluded.kind, strength = excluded.strength`,
  ).run(d);
}

export function removeDependency(db: Db, id: number): void {
  prep(db, 'DELETE FROM dependencies WHERE id = ?').run(id);
}
