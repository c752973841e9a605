import type { ActionItem, Incident, IncidentEvent, Run, Runbook } from '../../../shared/model/ops';
import type { Db } from '../open-workspace';
import { prep } from '../statement-cache';

// Runbooks, incidents, runs, timeline entries and action items keep their content as JSON in `body`,
// with the columns that foreign keys and lookups need beside it.

const parse = <T>(row: { body: string } | undefined): T | null => (row ? (JSON.parse(row.body) as T) : null);
const all = <T>(rows: { body: string }[]): T[] => rows.map((r) => JSON.parse(r.body) as T);

export const getRunbook = (db: Db, id: number) => parse<Runbook>(prep(db, 'SELECT body FROM runbooks WHERE id = ?').get(id) as { body: string } | undefined);
export const listRunbooks = (db: Db) => all<Runbook>(prep(db, 'SELECT body FROM runbooks ORDER BY title COLLATE NOCASE, id').all() as { body: string }[]);
export function putRunbook(db: Db, r: Runbook): void {
  const body = JSON.stringify(r);
  prep(db, 'INSERT INTO runbooks (id, title, version, updated_at, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, version = excluded.version, updated_at = excluded.updated_at, body = excluded.body')
    .run(r.id, r.title, r.version, r.updatedAt, body);
  // Every version ever saved stays readable. A version number comes back after an undo and a new edit:
  // the history keeps the text saved last under it (an undo or redo writes the same text again).
  prep(db, 'INSERT INTO runbook_versions (runbook_id, version, saved_at, body) VALUES (?, ?, ?, ?) ON CONFLICT(runbook_id, version) DO UPDATE SET saved_at = excluded.saved_at, body = excluded.body')
    .run(r.id, r.version, r.updatedAt, body);
}
export const removeRunbook = (db: Db, id: number) => void prep(db, 'DELETE FROM runbooks WHERE id = ?').run(id);
/** Every version of every runbook ever saved, deleted runbooks' included, each as the runbook was then. */
export const listRunbookVersions = (db: Db) => all<Runbook>(prep(db, 'SELECT body FROM runbook_versions ORDER BY runbook_id, version').all() as { body: string }[]);
/** Forgets every runbook's history: only a whole-workspace replace that brings the file's versions does this. */
export const clearRunbookVersions = (db: Db) => void prep(db, 'DELETE FROM runbook_versions').run();
export const runbookVersion = (db: Db, id: number, version: number) =>
  parse<Runbook>(prep(db, 'SELECT body FROM runbook_versions WHERE runbook_id = ? AND version = ?').get(id, version) as { body: string } | undefined);

export const getIncident = (db: Db, id: number) => parse<Incident>(prep(db, 'SELECT body FROM incidents WHERE id = ?').get(id) as { body: string } | undefined);
export const listIncidents = (db: Db) => all<Incident>(prep(db, 'SELECT body FROM incidents ORDER BY declared_at DESC, id DESC').all() as { body: string }[]);
// The release (and runbook) columns beside the body are links for the foreign keys. The body keeps the id
// of a release deleted since (the incident page shows it as no longer in the plan), the column is null.
const RELEASE_LINK = '(SELECT id FROM releases WHERE id = ?)';
const RUNBOOK_LINK = '(SELECT id FROM runbooks WHERE id = ?)';

export function putIncident(db: Db, i: Incident): void {
  prep(db, `INSERT INTO incidents (id, title, status, release_id, declared_at, body) VALUES (?, ?, ?, ${RELEASE_LINK}, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, status = excluded.status, release_id = excluded.release_id, declared_at = excluded.declared_at, body = excluded.body`)
    .run(i.id, i.title, i.status, i.releaseId, i.declaredAt, JSON.stringify(i));
}
export const removeIncident = (db: Db, id: number) => void prep(db, 'DELETE FROM incidents WHERE id = ?').run(id);

export const getRun = (db: Db, id: number) => parse<Run>(prep(db, 'SELECT body FROM runs WHERE id = ?').get(id) as { body: string } | undefined);
export const listRuns = (db: Db) => all<Run>(prep(db, 'SELECT body FROM runs ORDER BY id').all() as { body: string }[]);
export function putRun(db: Db, r: Run): void {
  prep(db, `INSERT INTO runs (id, incident_id, release_id, runbook_id, started_at, body) VALUES (?, ?, ${RELEASE_LINK}, ${RUNBOOK_LINK}, ?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body`)
    .run(r.id, r.incidentId, r.releaseId, r.runbookId, r.startedAt, JSON.stringify(r));
}
/**
 * Links kept runs and incidents to their releases again after the releases were written anew with
 * the same ids (deleting the old ones set the columns to null); the bodies never changed.
 */
export function relinkReleases(db: Db): void {
  for (const table of ['incidents', 'runs']) {
    prep(db, `UPDATE ${table} SET release_id = json_extract(body, '$.releaseId') WHERE release_id IS NULL AND json_extract(body, '$.releaseId') IN (SELECT id FROM releases)`).run();
  }
}
export const removeRun = (db: Db, id: number) => void prep(db, 'DELETE FROM runs WHERE id = ?').run(id);

export const getEvent = (db: Db, id: number) => parse<IncidentEvent>(prep(db, 'SELECT body FROM incident_events WHERE id = ?').get(id) as { body: string } | undefined);
export const listEvents = (db: Db) => all<IncidentEvent>(prep(db, 'SELECT body FROM incident_events ORDER BY id').all() as { body: string }[]);
export function putEvent(db: Db, e: IncidentEvent): void {
  // Append-only: a second put of the same entry is refused by the table's trigger.
  prep(db, 'INSERT INTO incident_events (id, incident_id, run_id, at, recorded_at, actor, body) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(e.id, e.incidentId, e.runId, e.at, e.recordedAt, e.actor, JSON.stringify(e));
}
export const removeEvent = (db: Db, id: number) => void prep(db, 'DELETE FROM incident_events WHERE id = ?').run(id);

export const getActionItem = (db: Db, id: number) => parse<ActionItem>(prep(db, 'SELECT body FROM action_items WHERE id = ?').get(id) as { body: string } | undefined);
export const listActionItems = (db: Db) => all<ActionItem>(prep(db, 'SELECT body FROM action_items ORDER BY id').all() as { body: string }[]);
export function putActionItem(db: Db, a: ActionItem): void {
  prep(db, 'INSERT INTO action_items (id, incident_id, body) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body').run(a.id, a.incidentId, JSON.stringify(a));
}
export const removeActionItem = (db: Db, id: number) => void prep(db, 'DELETE FROM action_items WHERE id = ?').run(id);
