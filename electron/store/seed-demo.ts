import { buildDemoWorkspace } from '../../shared/demo/build-demo';
import { DEMO_ROLLBACK_RUNBOOKS, demoRunbooks } from '../../shared/demo/demo-runbooks';
import { AppError } from '../../shared/api/result';
import { demoHistory } from '../../shared/demo/demo-history';
import { DEMO_APPROVERS, DEMO_PROFILES } from '../../shared/demo/demo-people';
import { samePerson } from '../../shared/engine/governance';
import { releaseApproval } from './release-governance';
import { listPolicies } from './repos/governance';
import { clearHistory } from './journal';
import { type Actor, type Recorder, runWrite } from './write-tx';
import type { Service } from '../../shared/model/catalog';
import type { Approval } from '../../shared/model/governance';
import { COMMANDER_ROLE, type IncidentEvent, type IncidentStatus } from '../../shared/model/ops';
import type { Db } from './open-workspace';
import { isEmptyWorkspace, replaceWorkspace } from './replace-workspace';

export { isEmptyWorkspace };

/** A year of closed releases, their approvals, and the incidents some of them caused (with their timelines). */
function seedHistory(rec: Recorder, services: Service[], now: Date): void {
  const incidentIds: number[] = [];
  const history = demoHistory(now, services, DEMO_PROFILES);
  history.forEach((item, index) => {
    const fixes = item.fixesItem === null ? null : (incidentIds[item.fixesItem] ?? null);
    const releaseId = rec.put('release', { ...item.release, fixesIncidentId: fixes });
    for (const a of item.approvals) rec.put('approval', { releaseId, approver: a.approver, role: a.role as Approval['role'], at: a.at, note: '', withdrawnAt: null, withdrawnReason: null });
    const caused = item.caused;
    if (!caused) return;
    const incidentId = rec.put('incident', {
      title: caused.title, severity: caused.severity, summary: '', serviceIds: [caused.serviceId], releaseId,
      roles: [{ role: COMMANDER_ROLE, name: caused.commander }], impactStartedAt: caused.impactStartedAt,
      status: 'closed', declaredAt: caused.declaredAt, declaredBy: caused.commander,
    });
    incidentIds[index] = incidentId;
    const steps: [IncidentStatus | null, IncidentStatus, string][] = [
      [null, 'triage', caused.declaredAt], ['triage', 'started', caused.declaredAt], ['started', 'mitigated', caused.mitigatedAt],
      ['mitigated', 'resolved', caused.resolvedAt], ['resolved', 'closed', caused.resolvedAt],
    ];
    for (const [from, to, at] of steps) {
      rec.put('event', { incidentId, runId: null, at, recordedAt: at, actor: caused.commander, type: 'status', from, to, note: '' } as Omit<IncidentEvent, 'id'>);
    }
  });
}

/**
 * Fills an empty workspace with the demo distributor in one audited transaction.
 */
export function seedDemo(db: Db, who: Actor, now = new Date()): void {
  if (!isEmptyWorkspace(db)) {
    throw new AppError('VALIDATION', 'The demo can only be loaded into an empty workspace; this one already holds data. Nothing was changed.');
  }
  const demo = buildDemoWorkspace(now);
  // Audited but never an undo step, so the user's first undo is about their own edit.
  runWrite(db, who, 'logged', (tx) =>
    tx.record('Load the demo workspace', (rec) => {
      const byName = new Map(demo.services.map((s) => [s.name, s.id]));
      const runbookIds = new Map(demoRunbooks((name) => byName.get(name)).map((r) => [r.title, rec.put('runbook', { ...r, version: 1, updatedAt: now.toISOString() })]));
      const releases = demo.releases.map((release) => {
        const runbookId = runbookIds.get(DEMO_ROLLBACK_RUNBOOKS[release.title] ?? '');
        return runbookId === undefined ? release : { ...release, rollback: { ...release.rollback, runbookId } };
      });
      const profiles = DEMO_PROFILES.map((p, i) => ({ ...p, id: i + 1 }));
      replaceWorkspace(db, rec, { ...demo, releases, governance: { profiles, approvals: [], policies: listPolicies(db) } });
      const roleOf = new Map(DEMO_PROFILES.map((p) => [p.name, p.role]));
      // The current releases' approvers become approvals by their profiles (never the requester's own), topped
      // up so every release past approval meets its tier's policy, as the lifecycle would have required.
      const approve = (releaseId: number, approver: string) =>
        rec.put('approval', { releaseId, approver, role: roleOf.get(approver) ?? null, at: now.toISOString(), note: '', withdrawnAt: null, withdrawnReason: null });
      for (const release of releases) {
        const approvers = release.approvers.filter((a) => !samePerson(a, release.requester));
        for (const approver of approvers) approve(release.id, approver);
        if (['draft', 'submitted', 'cancelled'].includes(release.status) || release.type === 'emergency') continue;
        for (const extra of DEMO_APPROVERS) {
          if (releaseApproval(db, release).satisfied) break;
          if (samePerson(extra, release.requester) || approvers.some((a) => samePerson(a, extra))) continue;
          approve(release.id, extra);
          approvers.push(extra);
        }
        rec.put('release', { ...release, approvers });
      }
      seedHistory(rec, demo.services, now);
    }, 'import'),
  );
  clearHistory(db);
}
