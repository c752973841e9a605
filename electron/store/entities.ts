import type { Db } from './open-workspace';
import { getDependency, putDependency, removeDependency } from './repos/dependencies';
import { getException, putException, removeException } from './repos/exceptions';
import { getProcess, putProcess, removeProcess } from './repos/processes';
import { getRelease, putRelease, removeRelease } from './repos/releases';
import { getService, putService, removeService } from './repos/services';
import { getSite, putSite, removeSite } from './repos/sites';
import { getWindow, putWindow, removeWindow } from './repos/windows';
import { prep } from './statement-cache';
import { getActionItem, getEvent, getIncident, getRun, getRunbook, putActionItem, putEvent, putIncident, putRun, putRunbook, removeActionItem, removeEvent, removeIncident, removeRun, removeRunbook } from './repos/ops';
import { setWindowIcsUids, windowIcsUids } from '../ics/ics-store';
import type { PlanWindow } from '../../shared/model/plan';
import { getApproval, getPolicy, getProfile, putApproval, putPolicy, putProfile, removeApproval, removePolicy, removeProfile } from './repos/governance';

/** A window with the calendar events it was imported from, so undo and redo keep re-imports updating it. */
type WindowSnapshot = PlanWindow & { icsUids?: string[] };

function getWindowSnapshot(db: Db, id: number): WindowSnapshot | null {
  const window = getWindow(db, id);
  // Always listed, even when empty: restoring "no links" must drop links an import added since.
  return window ? { ...window, icsUids: windowIcsUids(db, id) } : null;
}

/** Without `icsUids` (an edit, or an audit row older than the links) the window's links stay as they are; with it they become exactly those. */
function putWindowSnapshot(db: Db, { icsUids, ...window }: WindowSnapshot): void {
  putWindow(db, window);
  if (icsUids) setWindowIcsUids(db, window.id, icsUids);
}

interface EntityStore<T extends { id: number }> {
  label: string;
  get(db: Db, id: number): T | null;
  put(db: Db, value: T): void;
  remove(db: Db, id: number): void;
  describe(value: T): string;
}

const store = <T extends { id: number }>(s: EntityStore<T>) => s;

/**
 * Every audited entity, with whole-snapshot get/put/remove. Audit and undo work on snapshots,
 * so restoring a row restores its links (a service's sites, a release's services) with it.
 */
export const ENTITIES = {
  site: store({ label: 'site', get: getSite, put: putSite, remove: removeSite, describe: (s) => s.name }),
  process: store({ label: 'business process', get: getProcess, put: putProcess, remove: removeProcess, describe: (p) => p.name }),
  service: store({ label: 'service', get: getService, put: putService, remove: removeService, describe: (s) => s.name }),
  dependency: store({ label: 'dependency', get: getDependency, put: putDependency, remove: removeDependency, describe: (d) => `#${d.fromId} → #${d.toId}` }),
  window: store<WindowSnapshot>({ label: 'window', get: getWindowSnapshot, put: putWindowSnapshot, remove: removeWindow, describe: (w) => w.name }),
  release: store({ label: 'release', get: getRelease, put: putRelease, remove: removeRelease, describe: (r) => r.title }),
  exception: store({ label: 'freeze exception', get: getException, put: putException, remove: removeException, describe: (e) => `window #${e.windowId} for release #${e.releaseId}` }),
  runbook: store({ label: 'runbook', get: getRunbook, put: putRunbook, remove: removeRunbook, describe: (r) => `${r.title} (version ${r.version})` }),
  incident: store({ label: 'incident', get: getIncident, put: putIncident, remove: removeIncident, describe: (i) => `${i.severity} ${i.title}` }),
  run: store({ label: 'run', get: getRun, put: putRun, remove: removeRun, describe: (r) => r.title }),
  event: store({ label: 'timeline entry', get: getEvent, put: putEvent, remove: removeEvent, describe: (e) => `${e.type} at ${e.at}` }),
  actionItem: store({ label: 'action item', get: getActionItem, put: putActionItem, remove: removeActionItem, describe: (a) => a.title }),
  profile: store({ label: 'profile', get: getProfile, put: putProfile, remove: removeProfile, describe: (p) => p.name }),
  approval: store({ label: 'approval', get: getApproval, put: putApproval, remove: removeApproval, describe: (a) => `of release #${a.releaseId} by ${a.approver}` }),
  policy: store({ label: 'approval policy', get: getPolicy, put: putPolicy, remove: removePolicy, describe: (p) => `for tier ${p.tier}` }),
};

export type EntityName = keyof typeof ENTITIES;
export type Snapshot<E extends EntityName> = NonNullable<ReturnType<(typeof ENTITIES)[E]['get']>>;

/** Never reuses the id of a deleted entity, so its audit trail stays its own (migration 004's id_sequence). */
export function nextId(db: Db, entity: EntityName): number {
  const last = (prep(db, 'SELECT last_id FROM id_sequence WHERE entity = ?').pluck().get(entity) as number | undefined) ?? 0;
  const id = last + 1;
  prep(db, 'INSERT INTO id_sequence (entity, last_id) VALUES (?, ?) ON CONFLICT(entity) DO UPDATE SET last_id = excluded.last_id').run(entity, id);
  return id;
}

/** A put with an explicit id (undo, redo, a workspace import) moves the sequence past it. */
export function bumpIdSequence(db: Db, entity: EntityName, id: number): void {
  prep(db, 'INSERT INTO id_sequence (entity, last_id) VALUES (?, ?) ON CONFLICT(entity) DO UPDATE SET last_id = max(last_id, excluded.last_id)').run(entity, id);
}

export function getEntity<E extends EntityName>(db: Db, entity: E, id: number): Snapshot<E> | null {
  return ENTITIES[entity].get(db, id) as Snapshot<E> | null;
}

export function putEntity<E extends EntityName>(db: Db, entity: E, value: Snapshot<E>): void {
  (ENTITIES[entity] as unknown as EntityStore<Snapshot<E>>).put(db, value);
}

export function removeEntity(db: Db, entity: EntityName, id: number): void {
  ENTITIES[entity].remove(db, id);
}

export function describeEntity<E extends EntityName>(entity: E, value: Snapshot<E>): string {
  return (ENTITIES[entity] as unknown as EntityStore<Snapshot<E>>).describe(value);
}
