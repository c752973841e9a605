import type { Site } from '../../../shared/model/catalog';
import type { Db } from '../open-workspace';
import { prep } from '../statement-cache';

interface SiteRow { id: number; name: string; region: string; time_zone: string; kind: Site['kind'] }
const toSite = (r: SiteRow): Site => ({ id: r.id, name: r.name, region: r.region, timeZone: r.time_zone, kind: r.kind });

export function listSites(db: Db): Site[] {
  return (prep(db, 'SELECT * FROM sites ORDER BY name').all() as SiteRow[]).map(toSite);
}

export function getSite(db: Db, id: number): Site | null {
  const row = prep(db, 'SELECT * FROM sites WHERE id = ?').get(id) as SiteRow | undefined;
  return row ? toSite(row) : null;
}

export function putSite(db: Db, s: Site): void {
  prep(db, 
    `INSERT INTO sites (id, name, region, time_zone, kind) VALUES (@id, @name, @region, @timeZone, @kind)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, region = excluded.region, time_zone = excluded.time_zone, kind = excluded.kind`,
  ).run(s);
}

export function removeSite(db: Db, id: number): void {
  prep(db, 'DELETE FROM sites WHERE id = ?').run(id);
}
