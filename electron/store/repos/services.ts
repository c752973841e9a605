import type { Service } from '../../../shared/model/catalog';
import type { Db } from '../open-workspace';
import { prep } from '../statement-cache';

interface ServiceRow {
  id: number; name: string; kind: Service['kind']; tier: Service['tier']; owner_team: string; hosting: Service['hosting'];
  rto_minutes: number | null; rpo_minutes: number | null; description: string;
}

const toService = (r: ServiceRow, siteIds: number[], processIds: number[]): Service => ({
  id: r.id, name: r.name, kind: r.kind, tier: r.tier, ownerTeam: r.owner_team, hosting: r.hosting,
  siteIds, processIds, rtoMinutes: r.rto_minutes, rpoMinutes: r.rpo_minutes, description: r.description,
});

function groupLinks(rows: { service_id: number; other: number }[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const r of rows) {
    const list = map.get(r.service_id);
    if (list) list.push(r.other);
    else map.set(r.service_id, [r.other]);
  }
  return map;
}

/** All services with their links in three queries, so 10,000 services load in one go. */
export function listServices(db: Db): Service[] {
  const rows = prep(db, 'SELECT * FROM services ORDER BY name').all() as ServiceRow[];
  const sites = groupLinks(prep(db, 'SELECT service_id, site_id AS other FROM service_sites ORDER BY site_id').all() as never);
  const procs = groupLinks(prep(db, 'SELECT service_id, process_id AS other FROM service_processes ORDER BY process_id').all() as never);
  return rows.map((r) => toService(r, sites.get(r.id) ?? [], procs.get(r.id) ?? []));
}

export function getService(db: Db, id: number): Service | null {
  const row = prep(db, 'SELECT * FROM services WHERE id = ?').get(id) as ServiceRow | undefined;
  if (!row) return null;
  const siteIds = prep(db, 'SELECT site_id FROM service_sites WHERE service_id = ? ORDER BY site_id').pluck().all(id) as number[];
  const processIds = prep(db, 'SELECT process_id FROM service_processes WHERE service_id = ? ORDER BY process_id').pluck().all(id) as number[];
  return toService(row, siteIds, processIds);
}

export function findServiceByName(db: Db, name: string): Service | null {
  const id = prep(db, 'SELECT id FROM services WHERE name = ?').pluck().get(name) as number | undefined;
  return id === undefined ? null : getService(db, id);
}

export function putService(db: Db, s: Service): void {
  prep(db, 
    `INSERT INTO services (id, name, kind, tier, owner_team, hosting, rto_minutes, rpo_minutes, description)
     VALUES (@id, @name, @kind, @tier, @ownerTeam, @hosting, @rtoMinutes, @rpoMinutes, @description)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, tier = excluded.tier, owner_team = excluded.owner_team,
       hosting = excluded.hosting, rto_minutes = excluded.rto_minutes, rpo_minutes = excluded.rpo_minutes, description = excluded.description`,
  ).run(s);
  prep(db, 'DELETE FROM service_sites WHERE service_id = ?').run(s.id);
  prep(db, 'DELETE FROM service_processes WHERE service_id = ?').run(s.id);
  const addSite = prep(db, 'INSERT INTO service_sites (service_id, site_id) VALUES (?, ?)');
  for (const siteId of new Set(s.siteIds)) addSite.run(s.id, siteId);
  const addProcess = prep(db, 'INSERT INTO service_processes (service_id, process_id) VALUES (?, ?)');
  for (const processId of new Set(s.processIds)) addProcess.run(s.id, processId);
}

export function removeService(db: Db, id: number): void {
  prep(db, 'DELETE FROM services WHERE id = ?').run(id);
}
