import type { IndexedWorkspace, WorkspaceCollection } from './workspace-json';
import { nameKey } from './name-index';
import type { ErrorList } from './row-errors';

type Collection = WorkspaceCollection;
type Indexed<T> = { item: T; index: number };

/** Ids must be unique per collection. */
function uniqueIds(collection: Collection, items: Indexed<{ id: number }>[], errors: ErrorList): void {
  const seen = new Map<number, number>();
  for (const { item, index } of items) {
    const first = seen.get(item.id);
    if (first !== undefined) errors.atPath(`${collection}[${index}].id`, `id ${item.id} is used twice (also ${collection}[${first}])`);
    else seen.set(item.id, index);
  }
}

/** Names are unique the way the database compares them (case-insensitive). */
function uniqueNames<T extends { name: string }>(collection: Collection, what: string, items: Indexed<T>[], errors: ErrorList): void {
  const seen = new Map<string, number>();
  for (const { item, index } of items) {
    const first = seen.get(nameKey(item.name));
    if (first !== undefined) errors.atPath(`${collection}[${index}].name`, `the ${what} name “${item.name}” is used twice (also ${collection}[${first}])`);
    else seen.set(nameKey(item.name), index);
  }
}

function refs(path: string, ids: number[], known: Set<number>, what: string, errors: ErrorList): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) errors.atPath(`${path}[${i}]`, `no ${what} has id ${id}`);
  });
}

/** Ids that references may point at, per collection. */
export type Referable = Record<'sites' | 'processes' | 'services' | 'releases' | 'windows', Set<number>>;

/**
 * Referential integrity of a whole workspace: unique ids and names, and every id a service,
 * dependency, window or release mentions resolves. Only items that passed their schema come here.
 */
export function checkIntegrity(ws: IndexedWorkspace, referable: Referable, errors: ErrorList): void {
  const { sites, processes, services, releases, windows } = referable;
  uniqueIds('sites', ws.sites, errors);
  uniqueIds('processes', ws.processes, errors);
  uniqueIds('services', ws.services, errors);
  uniqueIds('dependencies', ws.dependencies, errors);
  uniqueIds('windows', ws.windows, errors);
  uniqueIds('releases', ws.releases, errors);
  uniqueIds('exceptions', ws.exceptions, errors);
  uniqueNames('sites', 'site', ws.sites, errors);
  uniqueNames('processes', 'business process', ws.processes, errors);
  uniqueNames('services', 'service', ws.services, errors);

  for (const { item, index } of ws.services) {
    refs(`services[${index}].siteIds`, item.siteIds, sites, 'site', errors);
    refs(`services[${index}].processIds`, item.processIds, processes, 'business process', errors);
  }
  const pairs = new Map<string, number>();
  for (const { item, index } of ws.dependencies) {
    if (!services.has(item.fromId)) errors.atPath(`dependencies[${index}].fromId`, `no service has id ${item.fromId}`);
    if (!services.has(item.toId)) errors.atPath(`dependencies[${index}].toId`, `no service has id ${item.toId}`);
    const key = `${item.fromId}>${item.toId}`;
    const first = pairs.get(key);
    if (first !== undefined) errors.atPath(`dependencies[${index}]`, `the same dependency as dependencies[${first}]`);
    else pairs.set(key, index);
  }
  for (const { item, index } of ws.windows) {
    refs(`windows[${index}].scope.siteIds`, item.scope.siteIds, sites, 'site', errors);
    refs(`windows[${index}].scope.serviceIds`, item.scope.serviceIds, services, 'service', errors);
  }
  for (const { item, index } of ws.releases) {
    refs(`releases[${index}].services`, item.services.map((s) => s.serviceId), services, 'service', errors);
    item.waves.forEach((w, i) => refs(`releases[${index}].waves[${i}].siteIds`, w.siteIds, sites, 'site', errors));
    refs(`releases[${index}].dependsOn`, item.dependsOn.map((d) => d.releaseId), releases, 'release', errors);
    item.dependsOn.forEach((d, i) => {
      if (d.releaseId === item.id) errors.atPath(`releases[${index}].dependsOn[${i}]`, 'a release cannot depend on itself');
    });
  }
  for (const { item, index } of ws.exceptions) {
    if (!windows.has(item.windowId)) errors.atPath(`exceptions[${index}].windowId`, `no window has id ${item.windowId}`);
    if (!releases.has(item.releaseId)) errors.atPath(`exceptions[${index}].releaseId`, `no release has id ${item.releaseId}`);
  }
}
