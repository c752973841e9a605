import { toFreezeException, type FreezeException } from '../../shared/engine/calendar/freeze-exceptions';
import type { Catalog } from '../../shared/model/catalog';
import type { Plan } from '../../shared/model/plan';
import type { Db } from './open-workspace';
import { listDependencies } from './repos/dependencies';
import { listExceptions } from './repos/exceptions';
import { listProcesses } from './repos/processes';
import { listReleases } from './repos/releases';
import { listServices } from './repos/services';
import { listSites } from './repos/sites';
import { listWindows } from './repos/windows';

export interface PlanningInput {
  catalog: Catalog;
  plan: Plan;
  exceptions: FreezeException[];
}

/** Everything the planning engine (conflicts, scheduler, gate) reads, from one workspace, in one read transaction. */
export function loadPlanningInput(db: Db): PlanningInput {
  return db.transaction(() => ({
    catalog: { sites: listSites(db), services: listServices(db), dependencies: listDependencies(db), processes: listProcesses(db) },
    plan: { windows: listWindows(db), releases: listReleases(db) },
    exceptions: listExceptions(db).map(toFreezeException),
  }))();
}
