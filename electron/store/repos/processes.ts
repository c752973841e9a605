import type { BusinessProcess } from '../../../shared/model/catalog';
import type { Db } from '../open-workspace';
import { prep } from '../statement-cache';

export function listProcesses(db: Db): BusinessProcess[] {
  return prep(db, 'SELECT id, name, description FROM business_processes ORDER BY name').all() as BusinessProcess[];
}

export function getProcess(db: Db, id: number): BusinessProcess | null {
  return (prep(db, 'SELECT id, name, description FROM business_processes WHERE id = ?').get(id) as BusinessProcess | undefined) ?? null;
}

export function putProcess(db: Db, p: BusinessProcess): void {
  prep(db, 
    `INSERT INTO business_processes (id, name, description) VALUES (@id, @name, @description)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description`,
  ).run(p);
}

export function removeProcess(db: Db, id: number): void {
  prep(db, 'DELETE FROM business_processes WHERE id = ?').run(id);
}
