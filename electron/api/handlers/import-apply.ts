import type { Service } from '../../../shared/model/catalog';
import type { ImportPlan } from '../../../shared/import/import-plan';
import { nameKey } from '../../../shared/import/name-index';
import type { Recorder } from '../../store/write-tx';
import type { Db } from '../../store/open-workspace';
import { findDependency } from '../../store/repos/dependencies';
import { findServiceByName, getService } from '../../store/repos/services';

export interface Tally {
  created: Record<string, number>;
  updated: Record<string, number>;
}

const bump = (counts: Record<string, number>, what: string) => {
  counts[what] = (counts[what] ?? 0) + 1;
};

const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

/** True when writing `next` would change nothing, so re-importing the same file adds no noise to the audit. */
function sameService(current: Service, next: Omit<Service, 'id'>): boolean {
  return current.name === next.name && current.kind === next.kind && current.tier === next.tier && current.ownerTeam === next.ownerTeam
    && current.hosting === next.hosting && current.rtoMinutes === next.rtoMinutes && current.rpoMinutes === next.rpoMinutes
    && current.description === next.description && sorted(current.siteIds).join() === sorted(next.siteIds).join()
    && sorted(current.processIds).join() === sorted(next.processIds).join();
}

/**
 * Writes a planned import through the recorder (inside the caller's transaction): new business
 * processes first, then services, then dependencies, resolving names to ids as it goes.
 */
export function applyImportPlan(db: Db, rec: Recorder, plan: ImportPlan): Tally {
  const tally: Tally = { created: {}, updated: {} };
  const processIds = new Map<string, number>();
  for (const p of plan.processes) {
    processIds.set(nameKey(p.name), rec.put('process', p));
    bump(tally.created, 'business processes');
  }
  const serviceIds = new Map<string, number>();
  for (const s of plan.services) {
    const linked = s.newProcessNames.map((n) => processIds.get(nameKey(n))).filter((id): id is number => id !== undefined);
    const value = { ...s.value, processIds: [...new Set([...s.value.processIds, ...linked])] };
    const current = s.existingId === null ? null : getService(db, s.existingId);
    if (current && sameService(current, value)) {
      serviceIds.set(nameKey(value.name), current.id);
      continue;
    }
    serviceIds.set(nameKey(value.name), rec.put('service', current ? { ...value, id: current.id } : value));
    bump(current ? tally.updated : tally.created, 'services');
  }
  const idOf = (name: string) => serviceIds.get(nameKey(name)) ?? findServiceByName(db, name)?.id;
  for (const d of plan.dependencies) {
    const fromId = idOf(d.from);
    const toId = idOf(d.to);
    if (fromId === undefined || toId === undefined) throw new Error(`Import plan names a service that does not exist: ${d.from} → ${d.to}`);
    const existing = findDependency(db, fromId, toId);
    if (existing && (d.keepExisting || (existing.kind === d.kind && existing.strength === d.strength))) continue;
    rec.put('dependency', { fromId, toId, kind: d.kind, strength: d.strength, ...(existing ? { id: existing.id } : {}) });
    bump(existing ? tally.updated : tally.created, 'dependencies');
  }
  return tally;
}
