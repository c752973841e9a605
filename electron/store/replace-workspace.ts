import type { OperationsFileData, WorkspaceData } from '../../shared/import/workspace-json';
import type { Runbook } from '../../shared/model/ops';
import type { Recorder } from './write-tx';
import type { Db } from './open-workspace';
import { listDependencies } from './repos/dependencies';
import { listExceptions } from './repos/exceptions';
import { listApprovals, listPolicies, listProfiles, profileNamed } from './repos/governance';
import { samePerson } from '../../shared/engine/governance/approval-status';
import { listProcesses } from './repos/processes';
import { listReleases } from './repos/releases';
import { listServices } from './repos/services';
import { listSites } from './repos/sites';
import { listWindows } from './repos/windows';
import { clearRunbookVersions, listActionItems, listEvents, listIncidents, listRunbooks, listRunbookVersions, listRuns, relinkReleases } from './repos/ops';

/** The whole workspace as data, in the shape the JSON export writes. */
export function readWorkspace(db: Db): WorkspaceData {
  return {
    sites: listSites(db),
    processes: listProcesses(db),
    services: listServices(db),
    dependencies: listDependencies(db),
    windows: listWindows(db),
    releases: listReleases(db),
    exceptions: listExceptions(db),
    governance: { profiles: listProfiles(db), approvals: listApprovals(db), policies: listPolicies(db) },
    operations: {
      runbooks: listRunbooks(db), runbookVersions: listRunbookVersions(db), runs: listRuns(db),
      incidents: listIncidents(db), events: listEvents(db), actionItems: listActionItems(db),
    },
  };
}

export function isEmptyWorkspace(db: Db): boolean {
  const tables = ['sites', 'business_processes', 'services', 'dependencies', 'windows', 'releases'];
  return tables.every((t) => db.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get() === undefined);
}

/**
 * Deletes everything and writes `data` with its ids, through the recorder so the audit shows it.
 * Must run inside the caller's transaction. Foreign keys are checked at commit, because a
 * release may depend on one written after it (release dependencies can even form a cycle).
 * Runbooks, incidents and their kin go and come only when `data` has them (removeOperations,
 * writeOperations); otherwise this workspace's stay, linked again to the releases written anew.
 */
export function replaceWorkspace(db: Db, rec: Recorder, data: WorkspaceData): void {
  db.pragma('defer_foreign_keys = ON');
  const old = readWorkspace(db);
  // First, so no cascade from an incident or a release takes a row away unrecorded.
  if (data.operations) removeOperations(db, rec, old.operations);
  for (const a of old.governance?.approvals ?? []) rec.remove('approval', a.id);
  for (const e of old.exceptions) rec.remove('exception', e.id);
  for (const r of old.releases) rec.remove('release', r.id);
  for (const w of old.windows) rec.remove('window', w.id);
  for (const d of old.dependencies) rec.remove('dependency', d.id);
  for (const s of old.services) rec.remove('service', s.id);
  for (const p of old.processes) rec.remove('process', p.id);
  for (const s of old.sites) rec.remove('site', s.id);
  for (const s of data.sites) rec.put('site', s);
  for (const p of data.processes) rec.put('process', p);
  for (const s of data.services) rec.put('service', s);
  for (const d of data.dependencies) rec.put('dependency', d);
  for (const w of data.windows) rec.put('window', w);
  for (const r of data.releases) rec.put('release', r);
  for (const e of data.exceptions) rec.put('exception', e);
  replaceGovernance(db, rec, data, old);
  if (data.operations) writeOperations(rec, data.operations);
  else relinkReleases(db);
}

/** Timelines, action items and runs before the incidents and runbooks they belong to; then every runbook's history. */
function removeOperations(db: Db, rec: Recorder, old: OperationsFileData | undefined): void {
  if (!old) return;
  for (const e of old.events) rec.remove('event', e.id);
  for (const a of old.actionItems) rec.remove('actionItem', a.id);
  for (const r of old.runs) rec.remove('run', r.id);
  for (const i of old.incidents) rec.remove('incident', i.id);
  for (const r of old.runbooks) rec.remove('runbook', r.id);
  // Not an entity: the versions are what the runbook puts wrote (each audited when it was saved).
  clearRunbookVersions(db);
}

/**
 * A file with an operations section brings them exactly. Each runbook's versions are written oldest
 * first, as its edits once wrote them, then the runbook as it is now: a runbook deleted since keeps its
 * versions (past runs name them) and is removed again. Every write goes through the recorder.
 */
function writeOperations(rec: Recorder, ops: OperationsFileData): void {
  const current = new Map(ops.runbooks.map((r) => [r.id, r]));
  const history = new Map<number, Runbook[]>();
  for (const v of ops.runbookVersions) history.set(v.id, [...(history.get(v.id) ?? []), v]);
  for (const id of new Set([...history.keys(), ...current.keys()])) {
    const versions = (history.get(id) ?? []).sort((a, b) => a.version - b.version);
    for (const v of versions) rec.put('runbook', v);
    const now = current.get(id);
    const last = versions.at(-1);
    if (!now) rec.remove('runbook', id);
    else if (!last || JSON.stringify(last) !== JSON.stringify(now)) rec.put('runbook', now);
  }
  for (const i of ops.incidents) rec.put('incident', i);
  for (const r of ops.runs) rec.put('run', r);
  for (const e of ops.events) rec.put('event', e);
  for (const a of ops.actionItems) rec.put('actionItem', a);
}

/**
 * A file with a governance section brings its profiles, approvals and policies exactly. One written
 * before change control keeps this workspace's profiles and policies, and its releases' approver
 * names become approvals (of the profile's role where one has that name; never the requester's own).
 */
function replaceGovernance(db: Db, rec: Recorder, data: WorkspaceData, old: WorkspaceData): void {
  const governance = data.governance;
  if (!governance) {
    for (const r of data.releases) {
      for (const approver of r.approvers.filter((a) => !samePerson(a, r.requester))) {
        rec.put('approval', { releaseId: r.id, approver, role: profileNamed(db, approver)?.role ?? null, at: r.approvedAt ?? r.submittedAt ?? new Date(0).toISOString(), note: 'From a file written before approvals were kept per profile', withdrawnAt: null, withdrawnReason: null });
      }
    }
    return;
  }
  for (const p of old.governance?.profiles ?? []) rec.remove('profile', p.id);
  for (const p of old.governance?.policies ?? []) rec.remove('policy', p.id);
  for (const p of governance.profiles) rec.put('profile', p);
  for (const p of governance.policies) rec.put('policy', p);
  for (const a of governance.approvals) rec.put('approval', a);
}
