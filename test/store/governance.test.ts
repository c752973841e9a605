import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { memoryWorkspace } from './helpers';

async function estate() {
  const w = memoryWorkspace();
  const site = await w.ok('site.create', { name: 'Leeds DC', kind: 'dc', region: 'UK', timeZone: 'Europe/London' });
  const wms = await w.ok('service.create', { name: 'WMS', kind: 'wms', tier: 1, ownerTeam: 'Warehouse systems', hosting: 'cloud', siteIds: [site.id] });
  const labels = await w.ok('service.create', { name: 'Label printing', kind: 'integration', tier: 3, ownerTeam: 'Shipping', hosting: 'cloud', siteIds: [site.id] });
  for (const p of [
    { name: 'Rita', role: 'engineering', team: 'Warehouse systems' },
    { name: 'Omar', role: 'operations', team: 'Leeds operations' },
    { name: 'Eve', role: 'engineering', team: 'Shipping' },
    { name: 'Cam', role: 'change-manager', team: 'Change' },
  ] as const) await w.ok('profile.create', p);
  const release = (over: Partial<Input<'release.create'>> = {}): Input<'release.create'> => ({
    title: 'WMS 7.2', type: 'normal', status: 'draft', plannedStart: '2031-03-04T22:00:00Z', durationMinutes: 90, strategy: 'big-bang',
    requester: 'Rita', services: [{ serviceId: wms.id, how: 'code' }], rollback: { steps: ['Redeploy 7.1'], expectedMinutes: 20, tested: true }, ...over,
  });
  return { ...w, wms, labels, release };
}

describe('change governance through the handler table', () => {
  it('a tier-1 release: the requester is refused, two others (one from operations) approve it', async () => {
    const w = await estate();
    const draft = await w.ok('release.create', w.release(), 'Rita');
    expect(draft.status).toBe('draft');
    const early = await w.call('release.approve', { id: draft.id }, 'Omar');
    expect(early).toMatchObject({ ok: false, error: { code: 'REFUSED', message: expect.stringMatching(/draft\. Submit it/) } });
    const submitted = await w.ok('release.transition', { id: draft.id, to: 'submitted' }, 'Rita');
    expect(submitted.submittedAt).toBeTruthy();
    const self = await w.call('release.approve', { id: draft.id }, 'Rita');
    expect(self).toMatchObject({ ok: false, error: { code: 'REFUSED', message: expect.stringMatching(/Rita requested .* separation of duties/) } });
    const stranger = await w.call('release.approve', { id: draft.id }, 'Mallory');
    expect(stranger).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a profile/) } });
    // Two engineers are not enough: tier 1 needs one approver from operations.
    expect((await w.ok('release.approve', { id: draft.id }, 'Eve')).status).toBe('submitted');
    expect(await w.call('release.approve', { id: draft.id }, 'Eve')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already approved/) } });
    const approved = await w.ok('release.approve', { id: draft.id }, 'Omar');
    expect(approved).toMatchObject({ status: 'approved', approvers: ['Eve', 'Omar'] });
    const audit = await w.ok('audit.list', { entity: 'approval' });
    expect(audit.map((e) => e.actor).sort()).toEqual(['Eve', 'Omar']);
  });

  it('refuses an illegal lifecycle move with its reason, and a manual move to approved', async () => {
    const w = await estate();
    const r = await w.ok('release.create', w.release({ status: 'submitted' }));
    expect(await w.call('release.transition', { id: r.id, to: 'in-progress' })).toMatchObject({ ok: false, error: { code: 'REFUSED', message: expect.stringMatching(/cannot start before it is approved/) } });
    expect(await w.call('release.transition', { id: r.id, to: 'approved' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/still needs one approver from Operations and 1 more approver/) } });
    expect(await w.call('release.transition', { id: r.id, to: 'done' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot become done directly/) } });
    // The same rule holds when the status is changed through an edit.
    expect(await w.call('release.update', { ...r, status: 'scheduled' })).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    expect(await w.call('release.create', w.release({ status: 'approved' }))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await w.ok('release.transition', { id: r.id, to: 'cancelled' });
    expect(await w.call('release.transition', { id: r.id, to: 'submitted' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/final/) } });
  });

  it('a change after approval withdraws the approvals and sends the release back to submitted; a title edit does not', async () => {
    const w = await estate();
    const r = await w.ok('release.create', w.release({ status: 'submitted' }), 'Rita');
    await w.ok('release.approve', { id: r.id }, 'Eve');
    const approved = await w.ok('release.approve', { id: r.id }, 'Omar');
    const renamed = await w.ok('release.update', { ...approved, title: 'WMS 7.2 (wave pick fix)' });
    expect(renamed.status).toBe('approved');
    const moved = await w.ok('release.update', { ...renamed, plannedStart: '2031-03-05T22:00:00Z' });
    expect(moved).toMatchObject({ status: 'submitted', approvers: [] });
    const snapshot = await w.ok('workspace.snapshot', {});
    expect(snapshot.governance.approvals.filter((a) => a.releaseId === r.id)).toEqual([
      expect.objectContaining({ approver: 'Eve', withdrawnReason: 'Changed after approval: planned start' }),
      expect.objectContaining({ approver: 'Omar', withdrawnReason: 'Changed after approval: planned start' }),
    ]);
    // One undo of the edit brings the approvals back with the release.
    await w.ok('history.undo', {});
    const back = await w.ok('workspace.snapshot', {});
    expect(back.plan.releases.find((x) => x.id === r.id)).toMatchObject({ status: 'approved', plannedStart: '2031-03-04T22:00:00Z' });
    expect(back.governance.approvals.filter((a) => a.releaseId === r.id && a.withdrawnAt === null)).toHaveLength(2);
  });

  it('an emergency change starts at once, is flagged until approved afterwards, and closes with an outcome', async () => {
    const w = await estate();
    const r = await w.ok('release.create', w.release({ type: 'emergency', title: 'WMS hotfix' }), 'Rita');
    const started = await w.ok('release.transition', { id: r.id, to: 'in-progress' }, 'Rita');
    expect(started.startedAt).toBeTruthy();
    await w.ok('release.approve', { id: r.id }, 'Omar');
    const done = await w.ok('release.transition', { id: r.id, to: 'done', outcome: 'success-with-issues' });
    expect(done).toMatchObject({ status: 'done', outcomeResult: 'success-with-issues' });
    expect(done.finishedAt).toBeTruthy();
    // Still approvable after it closed: the emergency policy for tier 1 needs two approvers.
    expect(await w.ok('release.approve', { id: r.id }, 'Eve')).toMatchObject({ approvers: ['Omar', 'Eve'] });
    const bad = await w.ok('release.create', w.release({ type: 'emergency', title: 'Other' }));
    await w.ok('release.transition', { id: bad.id, to: 'in-progress' });
    expect(await w.call('release.transition', { id: bad.id, to: 'failed', outcome: 'success' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot have the outcome/) } });
  });

  it('a standard change of a pre-approved kind is approved on submission; a normal one of the same tier needs a peer', async () => {
    const w = await estate();
    const std = await w.ok('release.create', w.release({ type: 'standard', standardKind: 'Label template change', services: [{ serviceId: w.labels.id, how: 'config' }], status: 'submitted' }));
    expect(std).toMatchObject({ status: 'approved' });
    const unknownKind = await w.ok('release.create', w.release({ type: 'standard', standardKind: 'Database upgrade', services: [{ serviceId: w.labels.id, how: 'config' }], status: 'submitted' }));
    expect(unknownKind.status).toBe('submitted');
    const normal = await w.ok('release.create', w.release({ services: [{ serviceId: w.labels.id, how: 'config' }], status: 'submitted' }));
    expect((await w.ok('release.approve', { id: normal.id }, 'Eve')).status).toBe('approved');
  });

  it('only a change manager edits an approval policy, and the new policy applies', async () => {
    const w = await estate();
    const policy = { tier: 3 as const, normal: { approvers: 2, roles: [] }, emergency: { approvers: 1, roles: [] }, standardKinds: [] };
    expect(await w.call('policy.update', policy, 'Eve')).toMatchObject({ ok: false, error: { code: 'REFUSED', message: expect.stringMatching(/Only a change manager/) } });
    await w.ok('policy.update', policy, 'Cam');
    const r = await w.ok('release.create', w.release({ services: [{ serviceId: w.labels.id, how: 'config' }], status: 'submitted' }));
    expect((await w.ok('release.approve', { id: r.id }, 'Eve')).status).toBe('submitted');
    expect((await w.ok('release.approve', { id: r.id }, 'Omar')).status).toBe('approved');
  });

  it('the pipeline gate blocks an unapproved tier-1 change, lets an emergency change pass with a warning, and passes it once approved', async () => {
    const w = await estate();
    const normal = await w.ok('release.create', w.release({ status: 'submitted' }), 'Rita');
    const blocked = await w.ok('plan.gate', { releaseId: normal.id });
    expect(blocked).toMatchObject({ verdict: 'blocked', exitCode: 3 });
    expect(blocked.reasons).toEqual([expect.objectContaining({ severity: 'blocking', type: 'not-approved', message: expect.stringMatching(/tier-1 service and is not approved: it still needs one approver from Operations and 1 more approver/) })]);
    await w.ok('release.approve', { id: normal.id }, 'Omar');
    await w.ok('release.approve', { id: normal.id }, 'Eve');
    expect(await w.ok('plan.gate', { releaseId: normal.id })).toMatchObject({ verdict: 'allowed', exitCode: 0, reasons: [] });

    const emergency = await w.ok('release.create', w.release({ type: 'emergency', title: 'WMS hotfix', plannedStart: '2031-03-06T22:00:00Z' }), 'Rita');
    const warned = await w.ok('plan.gate', { releaseId: emergency.id });
    expect(warned).toMatchObject({ verdict: 'allowed', exitCode: 0, reasons: [expect.objectContaining({ severity: 'warning', type: 'emergency-unapproved' })] });
    await w.ok('release.transition', { id: emergency.id, to: 'in-progress' });
    await w.ok('release.transition', { id: emergency.id, to: 'done' });
    expect(await w.ok('plan.gate', { releaseId: emergency.id })).toMatchObject({ verdict: 'blocked', reasons: expect.arrayContaining([expect.objectContaining({ type: 'closed' })]) });
  });
});
