import type { BusinessProcess } from '../../../shared/model/catalog';
import type { Db } from '../open-workspace';

export function listProcesses(db: Db): BusinessProcess[] {
  return db.prepare('SELECT id, name, description FROM business_processes ORDER BY name').all() as BusinessProcess[];
}

export function getProcess(db: Db, id: number): BusinessProcess | null {
  return (db.prepare('SELECT id, name, description FROM business_processes WHERE id = ?').get(id) as BusinessProcess | undefined) ?? null;
}

export function putProcess(db: Db, p: BusinessProcess): void {
  db.prepare(
    `INSERT INTO business_processes (id, name, description) VALUES (@id, @name, @description)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description`,
  ).run(p);
}

export function removeProcess(db: Db, id: number): void {
  db.prepare('DELETE FROM business_processes WHERE id = ?').run(id);
}
