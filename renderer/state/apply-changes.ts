import type { Change, EntityName, EntityTypes } from '../../shared/api/changes';
import type { GovernanceData, OpsData } from '../../shared/api/contract';
import type { Catalog } from '../../shared/model/catalog';
import type { FreezeExceptionRecord, Plan, Release } from '../../shared/model/plan';

/** What a change set did to the page's copy, so the store redoes only the work that depends on it. */
export interface Applied {
  catalog: Catalog;
  plan: Plan;
  exceptions: FreezeExceptionRecord[];
  ops: OpsData;
  governance: GovernanceData;
  catalogChanged: boolean;
  windowsChanged: boolean;
  exceptionsChanged: boolean;
  /** Releases created or edited (their latest state), and the ids of those deleted. */
  releases: Release[];
  removedReleaseIds: number[];
}

/** Applies each entity's latest state to a list: edits in place, creations at the end, deletions out. */
function applyTo<T extends { id: number }>(list: readonly T[], latest: ReadonlyMap<number, T | null>): T[] {
  if (latest.size === 0) return list as T[];
  const out: T[] = [];
  for (const item of list) {
    if (!latest.has(item.id)) out.push(item);
    else {
      const next = latest.get(item.id);
      if (next) out.push(next);
    }
  }
  const present = new Set(list.map((item) => item.id));
  for (const [id, next] of latest) if (next && !present.has(id)) out.push(next);
  return out;
}

/** Window snapshots in the audit carry their calendar links; the page keeps the window alone. */
function pageShape<E extends EntityName>(entity: E, value: EntityTypes[E] | null): EntityTypes[E] | null {
  if (entity !== 'window' || value === null) return value;
  const { icsUids: _links, ...window } = value as EntityTypes['window'] & { icsUids?: string[] };
  return window as EntityTypes[E];
}

/** The page's copy of the workspace after a change set, with flags saying which parts moved. */
export function applyChanges(
  catalog: Catalog, plan: Plan, exceptions: FreezeExceptionRecord[], ops: OpsData, governance: GovernanceData, changes: readonly Change[],
): Applied {
  const latest: { [E in EntityName]: Map<number, EntityTypes[E] | null> } = {
    site: new Map(), process: new Map(), service: new Map(), dependency: new Map(), window: new Map(), release: new Map(), exception: new Map(),
    runbook: new Map(), incident: new Map(), run: new Map(), event: new Map(), actionItem: new Map(),
    profile: new Map(), approval: new Map(), policy: new Map(),
  };
  // Later changes to the same entity win; only the final state matters to the page.
  for (const change of changes) (latest[change.entity] as Map<number, unknown>).set(change.id, pageShape(change.entity, change.after));
  const catalogChanged = latest.site.size + latest.process.size + latest.service.size + latest.dependency.size > 0;
  const next: Applied = {
    catalog: catalogChanged
      ? {
          sites: applyTo(catalog.sites, latest.site),
          processes: applyTo(catalog.processes, latest.process),
          services: applyTo(catalog.services, latest.service),
          dependencies: applyTo(catalog.dependencies, latest.dependency),
        }
      : catalog,
    plan: latest.window.size + latest.release.size > 0 ? { windows: applyTo(plan.windows, latest.window), releases: applyTo(plan.releases, latest.release) } : plan,
    exceptions: applyTo(exceptions, latest.exception),
    ops:
      latest.runbook.size + latest.incident.size + latest.run.size + latest.event.size + latest.actionItem.size > 0
        ? {
            runbooks: applyTo(ops.runbooks, latest.runbook),
            incidents: applyTo(ops.incidents, latest.incident),
            runs: applyTo(ops.runs, latest.run),
            events: applyTo(ops.events, latest.event),
            actionItems: applyTo(ops.actionItems, latest.actionItem),
          }
        : ops,
    governance:
      latest.profile.size + latest.approval.size + latest.policy.size > 0
        ? { profiles: applyTo(governance.profiles, latest.profile), approvals: applyTo(governance.approvals, latest.approval), policies: applyTo(governance.policies, latest.policy) }
        : governance,
    catalogChanged,
    windowsChanged: latest.window.size > 0,
    exceptionsChanged: latest.exception.size > 0,
    releases: [...latest.release.values()].filter((r): r is Release => r !== null),
    removedReleaseIds: [...latest.release].filter(([, r]) => r === null).map(([id]) => id),
  };
  return next;
}
