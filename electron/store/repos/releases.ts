import type { Release } from '../../../shared/model/plan';
import type { Db } from '../open-workspace';
import { prep } from '../statement-cache';

interface ReleaseRow {
  id: number; title: string; type: Release['type']; status: Release['status']; train: string; planned_start: string | null;
  duration_minutes: number; strategy: Release['strategy']; requester: string; approvers: string; waves: string; rollback: string;
  outcome: string | null; governance: string;
}

/** The lifecycle fields kept together in releases.governance (migration 007). */
const GOVERNANCE_FIELDS = ['outcomeResult', 'standardKind', 'firstCommitAt', 'fixesIncidentId', 'submittedAt', 'approvedAt', 'startedAt', 'finishedAt'] as const;

function governanceOf(r: Release): string {
  const body: Record<string, unknown> = {};
  for (const field of GOVERNANCE_FIELDS) if (r[field] !== undefined && r[field] !== null) body[field] = r[field];
  return JSON.stringify(body);
}

function toRelease(r: ReleaseRow, services: Release['services'], dependsOn: Release['dependsOn']): Release {
  return {
    id: r.id, title: r.title, type: r.type, status: r.status, train: r.train, plannedStart: r.planned_start,
    durationMinutes: r.duration_minutes, strategy: r.strategy, requester: r.requester,
    approvers: JSON.parse(r.approvers) as string[], waves: JSON.parse(r.waves) as Release['waves'],
    rollback: JSON.parse(r.rollback) as Release['rollback'], services, dependsOn, outcome: r.outcome,
    outcomeResult: null, standardKind: null, firstCommitAt: null, fixesIncidentId: null, submittedAt: null, approvedAt: null, startedAt: null, finishedAt: null,
    ...(JSON.parse(r.governance) as Partial<Release>),
  };
}

export function listReleases(db: Db): Release[] {
  const rows = prep(db, 'SELECT * FROM releases ORDER BY planned_start, id').all() as ReleaseRow[];
  const services = new Map<number, Release['services']>();
  for (const l of prep(db, 'SELECT release_id, service_id, how FROM release_services').all() as { release_id: number; service_id: number; how: Release['services'][number]['how'] }[]) {
    const list = services.get(l.release_id) ?? [];
    list.push({ serviceId: l.service_id, how: l.how });
    services.set(l.release_id, list);
  }
  const deps = new Map<number, Release['dependsOn']>();
  for (const l of prep(db, 'SELECT release_id, depends_on_id, kind FROM release_dependencies').all() as { release_id: number; depends_on_id: number; kind: Release['dependsOn'][number]['kind'] }[]) {
    const list = deps.get(l.release_id) ?? [];
    list.push({ releaseId: l.depends_on_id, kind: l.kind });
    deps.set(l.release_id, list);
  }
  return rows.map((r) => toRelease(r, services.get(r.id) ?? [], deps.get(r.id) ?? []));
}

export function getRelease(db: Db, id: number): Release | null {
  const row = prep(db, 'SELECT * FROM releases WHERE id = ?').get(id) as ReleaseRow | undefined;
  if (!row) return null;
  const services = prep(db, 'SELECT service_id AS serviceId, how FROM release_services WHERE release_id = ?').all(id) as Release['services'];
  const dependsOn = prep(db, 'SELECT depends_on_id AS releaseId, kind FROM release_dependencies WHERE release_id = ?').all(id) as Release['dependsOn'];
  return toRelease(row, services, dependsOn);
}

/** Releases that touch a service, for referential safety when the service goes. */
export function releaseIdsTouching(db: Db, serviceId: number): number[] {
  return prep(db, 'SELECT release_id FROM release_services WHERE service_id = ?').pluck().all(serviceId) as number[];
}

export function putRelease(db: Db, r: Release): void {
  prep(db, 
    `INSERT INTO releases (id, title, type, status, train, planned_start, duration_minutes, strategy, requester, approvers, waves, rollback, outcome, governance)
     VALUES (@id, @title, @type, @status, @train, @plannedStart, @durationMinutes, @strategy, @requester, @approvers, @waves, @rollback, @outcome, @governance)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, type = excluded.type, status = excluded.status, train = excluded.train,
       planned_start = excluded.planned_start, duration_minutes = excluded.duration_minutes, strategy = excluded.strategy,
       requester = excluded.requester, approvers = excluded.approvers, waves = excluded.waves, rollback = excluded.rollback, outcome = excluded.outcome,
       governance = excluded.governance`,
  ).run({
    id: r.id, title: r.title, type: r.type, status: r.status, train: r.train, plannedStart: r.plannedStart, durationMinutes: r.durationMinutes,
    strategy: r.strategy, requester: r.requester, outcome: r.outcome,
    approvers: JSON.stringify(r.approvers), waves: JSON.stringify(r.waves), rollback: JSON.stringify(r.rollback), governance: governanceOf(r),
  });
  prep(db, 'DELETE FROM release_services WHERE release_id = ?').run(r.id);
  prep(db, 'DELETE FROM release_dependencies WHERE release_id = ?').run(r.id);
  const addService = prep(db, 'INSERT INTO release_services (release_id, service_id, how) VALUES (?, ?, ?)');
  for (const s of r.services) addService.run(r.id, s.serviceId, s.how);
  const addDep = prep(db, 'INSERT INTO release_dependencies (release_id, depends_on_id, kind) VALUES (?, ?, ?)');
  for (const d of r.dependsOn) addDep.run(r.id, d.releaseId, d.kind);
}

export function removeRelease(db: Db, id: number): void {
  prep(db, 'DELETE FROM release_dependencies WHERE depends_on_id = ?').run(id);
  prep(db, 'DELETE FROM releases WHERE id = ?').run(id);
}
