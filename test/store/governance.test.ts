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

    const emergency = await w.ok('release.create', w.release({ type: 'emergency', title: 'WMS hotfix', plannedStart: '2031-03-06T22:00:00Z', status: 'submitted' }), 'Rita');
    const warned = await w.ok('plan.gate', { releaseId: emergency.id });
    expect(warned).toMatchObject({ verdict: 'allowed', exitCode: 0, reasons: [expect.objectContaining({ severity: 'warning', type: 'emergency-unapproved' })] });
    await w.ok('release.transition', { id: emergency.id, to: 'in-progress' });
    await w.ok('release.transition', { id: emergency.id, to: 'done' });
    expect(await w.ok('plan.gate', { releaseId: emergency.id })).toMatchObject({ verdict: 'blocked', reasons: expect.arrayContaining([expect.objectContaining({ type: 'closed' })]) });
  });

  it('the pipeline gate blocks a draft of any change type, saying to submit it first; an emergency change passes once submitted', async () => {
    const w = await estate();
    for (const [day, type] of (['standard', 'normal', 'emergency'] as const).entries()) {
      const draft = await w.ok('release.create', w.release({ type, title: `WMS ${type} draft`, plannedStart: `2031-04-1${day}T22:00:00Z`, ...(type === 'standard' ? { standardKind: 'Label template change', services: [{ serviceId: w.labels.id, how: 'config' as const }] } : {}) }), 'Rita');
      expect(draft.status).toBe('draft');
      const answer = await w.ok('plan.gate', { releaseId: draft.id });
      expect(answer).toMatchObject({ verdict: 'blocked', exitCode: 3 });
      expect(answer.reasons).toEqual([expect.objectContaining({ severity: 'blocking', type: 'not-approved', message: expect.stringMatching(/is a draft, not a change request yet: submit it first/) })]);
    }
    // Approvals that still stand on a release returned to draft do not let the draft through either.
    const returned = await w.ok('release.create', w.release({ type: 'emergency', title: 'WMS hotfix', plannedStart: '2031-04-20T22:00:00Z', status: 'submitted' }), 'Rita');
    await w.ok('release.approve', { id: returned.id }, 'Omar');
    expect((await w.ok('release.approve', { id: returned.id }, 'Eve')).status).toBe('approved');
    expect(await w.ok('plan.gate', { releaseId: returned.id })).toMatchObject({ verdict: 'allowed', reasons: [] });
    await w.ok('release.transition', { id: returned.id, to: 'draft' });
    expect(await w.ok('plan.gate', { releaseId: returned.id })).toMatchObject({ verdict: 'blocked', reasons: [expect.objectContaining({ message: expect.stringMatching(/not before it is submitted/) })] });

    const submitted = await w.ok('release.create', w.release({ type: 'emergency', title: 'WMS hotfix 2', plannedStart: '2031-03-08T22:00:00Z', status: 'submitted' }), 'Rita');
    expect(await w.ok('plan.gate', { releaseId: submitted.id })).toMatchObject({ verdict: 'allowed', exitCode: 0, reasons: [expect.objectContaining({ severity: 'warning', type: 'emergency-unapproved' })] });
    await w.ok('release.transition', { id: submitted.id, to: 'in-progress' });
    expect(await w.ok('plan.gate', { releaseId: submitted.id })).toMatchObject({ verdict: 'allowed', exitCode: 0, reasons: [expect.objectContaining({ severity: 'warning', type: 'emergency-unapproved' })] });
  });

  it('an undo that takes a release back to another version withdraws the approvals given to the version it leaves, and the release goes back to submitted', async () => {
    const w = await estate();
    const r = await w.ok('release.create', w.release({ status: 'submitted' }), 'Rita');
    // The change manager moves it (an undoable edit); the approvers then approve the moved release (audited, never undone).
    const moved = await w.ok('release.update', { ...r, plannedStart: '2031-03-05T22:00:00Z' }, 'Cam');
    expect(moved.status).toBe('submitted');
    await w.ok('release.approve', { id: r.id }, 'Eve');
    expect(await w.ok('release.approve', { id: r.id }, 'Omar')).toMatchObject({ status: 'approved', approvers: ['Eve', 'Omar'] });
    expect((await w.ok('history.state', {})).undoLabel).toBe('Edit release WMS 7.2');

    // Undo brings back the start nobody approved: the approvals of the moved release no longer count.
    await w.ok('history.undo', {}, 'Cam');
    const back = await w.ok('workspace.snapshot', {});
    expect(back.plan.releases.find((x) => x.id === r.id)).toMatchObject({ plannedStart: '2031-03-04T22:00:00Z', status: 'submitted', approvers: [], approvedAt: null });
    const approvals = back.governance.approvals.filter((a) => a.releaseId === r.id);
    expect(approvals).toEqual([
      expect.objectContaining({ approver: 'Eve', withdrawnReason: 'Changed after approval: planned start' }),
      expect.objectContaining({ approver: 'Omar', withdrawnReason: 'Changed after approval: planned start' }),
    ]);
    expect(approvals.every((a) => a.withdrawnAt !== null)).toBe(true);
    // Nothing counts toward the policy any more: it cannot be marked approved, and the gate blocks it.
    expect(await w.call('release.transition', { id: r.id, to: 'approved' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/still needs one approver from Operations and 1 more approver/) } });
    expect(await w.ok('plan.gate', { releaseId: r.id })).toMatchObject({ verdict: 'blocked', reasons: [expect.objectContaining({ type: 'not-approved', message: expect.stringMatching(/is not approved: it still needs/) })] });
    // The withdrawals are audited as part of the undo, by whoever undid.
    const audit = await w.ok('audit.list', { entity: 'approval', limit: 10 });
    expect(audit.filter((e) => e.action === 'undo').map((e) => e.actor)).toEqual(['Cam', 'Cam']);

    // Redo brings back the moved release, still waiting for approval: withdrawn approvals stay withdrawn; approvers approve again.
    await w.ok('history.redo', {});
    const again = (await w.ok('workspace.snapshot', {})).plan.releases.find((x) => x.id === r.id)!;
    expect(again).toMatchObject({ plannedStart: '2031-03-05T22:00:00Z', status: 'submitted', approvers: [] });
    await w.ok('release.approve', { id: r.id }, 'Eve');
    expect(await w.ok('release.approve', { id: r.id }, 'Omar')).toMatchObject({ status: 'approved', approvers: ['Eve', 'Omar'] });
  });

  it('an undo keeps the approvals of the version it restores, and a redo cannot restore an approved status whose approvals were withdrawn', async () => {
    const w = await estate();
    const r = await w.ok('release.create', w.release({ status: 'submitted' }), 'Rita');
    await w.ok('release.approve', { id: r.id }, 'Eve');
    const approved = await w.ok('release.approve', { id: r.id }, 'Omar');
    // Moving it withdraws Eve's and Omar's approvals (in the edit's undo step); Cam and Omar approve the moved release.
    const moved = await w.ok('release.update', { ...approved, plannedStart: '2031-03-05T22:00:00Z' });
    expect(moved.status).toBe('submitted');
    await w.ok('release.approve', { id: r.id }, 'Cam');
    const reapproved = await w.ok('release.approve', { id: r.id }, 'Omar');
    expect(reapproved).toMatchObject({ status: 'approved', approvers: ['Cam', 'Omar'] });
    // A title edit while approved: the next undo step, recorded as approved.
    await w.ok('release.update', { ...reapproved, title: 'WMS 7.2 (moved)' });

    await w.ok('history.undo', {});
    await w.ok('history.undo', {});
    const snapshot = await w.ok('workspace.snapshot', {});
    // The first start is back with the two approvals it had; the approvals of the moved release are withdrawn.
    expect(snapshot.plan.releases.find((x) => x.id === r.id)).toMatchObject({ plannedStart: '2031-03-04T22:00:00Z', status: 'approved', title: 'WMS 7.2' });
    const counting = snapshot.governance.approvals.filter((a) => a.releaseId === r.id && a.withdrawnAt === null);
    expect(counting.map((a) => a.approver).sort()).toEqual(['Eve', 'Omar']);
    const first = snapshot.governance.approvals.filter((a) => a.releaseId === r.id).sort((a, b) => a.id - b.id).slice(0, 2);
    expect(counting.map((a) => a.id).sort((a, b) => a - b)).toEqual(first.map((a) => a.id));

    // Redo the move (its approvals withdrawn again), then the title edit, which was recorded while approved:
    // nothing that counts approves the moved release now, so it comes back submitted, not approved.
    await w.ok('history.redo', {});
    await w.ok('history.redo', {});
    const redone = (await w.ok('workspace.snapshot', {}));
    expect(redone.plan.releases.find((x) => x.id === r.id)).toMatchObject({ plannedStart: '2031-03-05T22:00:00Z', title: 'WMS 7.2 (moved)', status: 'submitted', approvers: [], approvedAt: null });
    expect(redone.governance.approvals.filter((a) => a.releaseId === r.id && a.withdrawnAt === null)).toEqual([]);
    expect(await w.ok('plan.gate', { releaseId: r.id })).toMatchObject({ verdict: 'blocked' });
  });

  it('closes the paths around separation of duties: the requester is who acts, and stays; type and closed records stay', async () => {
    const w = await estate();
    const r = await w.ok('release.create', w.release({ requester: 'Omar' }), 'Rita');
    expect(r.requester).toBe('Rita');
    await w.ok('release.transition', { id: r.id, to: 'submitted' }, 'Rita');
    const renamed = await w.call('release.update', { ...r, status: 'submitted', requester: 'Eve' }, 'Rita');
    expect(renamed).toMatchObject({ ok: false, error: { code: 'REFUSED', message: expect.stringMatching(/requester stays Rita/) } });
    expect(await w.call('release.update', { ...r, status: 'submitted', type: 'emergency' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/change type stays normal/) } });
    // An edit and a move in one call are refused: each is checked on its own.
    await w.ok('release.approve', { id: r.id }, 'Omar');
    const approved = await w.ok('release.approve', { id: r.id }, 'Eve');
    expect(await w.call('release.update', { ...approved, durationMinutes: 30, status: 'in-progress' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/two steps/) } });
    await w.ok('release.transition', { id: r.id, to: 'in-progress' });
    const done = await w.ok('release.transition', { id: r.id, to: 'done', note: 'Went fine' });
    expect(done.outcome).toBe('Went fine');
    expect(await w.call('release.update', { ...done, plannedStart: '2031-04-01T22:00:00Z' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/kept as it happened/) } });
    // Names are compared as people read them.
    const other = await w.ok('release.create', w.release({ title: 'Other', status: 'submitted' }), 'Rita');
    expect(await w.call('release.approve', { id: other.id }, ' rita ')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/separation of duties/) } });
  });

  it('a release that no longer meets its policy cannot start; a pre-approved standard change that grows goes back for approval', async () => {
    const w = await estate();
    const std = await w.ok('release.create', w.release({ type: 'standard', standardKind: 'Label template change', services: [{ serviceId: w.labels.id, how: 'config' }], status: 'submitted' }));
    expect(std.status).toBe('approved');
    const grown = await w.ok('release.update', { ...std, services: [{ serviceId: w.labels.id, how: 'config' }, { serviceId: w.wms.id, how: 'code' }] });
    expect(grown.status).toBe('submitted');
    const peer = await w.ok('release.create', w.release({ title: 'Labels 2', services: [{ serviceId: w.labels.id, how: 'config' }], status: 'submitted' }), 'Rita');
    await w.ok('release.approve', { id: peer.id }, 'Eve');
    await w.ok('policy.update', { tier: 3, normal: { approvers: 2, roles: [] }, emergency: { approvers: 1, roles: [] }, standardKinds: [] }, 'Cam');
    expect(await w.call('release.transition', { id: peer.id, to: 'in-progress' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no longer meets its approval policy: it still needs 1 more approver/) } });
  });

  it('profiles: once a change manager exists only they edit profiles, and a name that approved something stays', async () => {
    const w = await estate();
    const r = await w.ok('release.create', w.release({ status: 'submitted' }), 'Rita');
    await w.ok('release.approve', { id: r.id }, 'Omar');
    const omar = (await w.ok('workspace.snapshot', {})).governance.profiles.find((p) => p.name === 'Omar')!;
    expect(await w.call('profile.update', { ...omar, role: 'change-manager' }, 'Omar')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Only a change manager/) } });
    expect(await w.call('profile.update', { ...omar, name: 'Omar K' }, 'Cam')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/name stays as recorded/) } });
    expect(await w.ok('profile.update', { ...omar, team: 'Night shift' }, 'Cam')).toMatchObject({ name: 'Omar', team: 'Night shift' });
    // Governance writes are never undo steps: an undo is open to anyone.
    expect((await w.ok('history.state', {})).undoLabel).toMatch(/^Add release/);
  });

  it('deleting a release removes its approvals as part of the step, and undo brings them back', async () => {
    const w = await estate();
    const r = await w.ok('release.create', w.release({ status: 'submitted' }), 'Rita');
    await w.ok('release.approve', { id: r.id }, 'Omar');
    await w.ok('release.delete', { id: r.id });
    expect((await w.ok('workspace.snapshot', {})).governance.approvals).toHaveLength(0);
    await w.ok('history.undo', {});
    expect((await w.ok('workspace.snapshot', {})).governance.approvals).toEqual([expect.objectContaining({ releaseId: r.id, approver: 'Omar' })]);
  });

  it('the gate holds an approved release to the time it was approved for', async () => {
    const w = await estate();
    const r = await w.ok('release.create', w.release({ status: 'submitted' }), 'Rita');
    await w.ok('release.approve', { id: r.id }, 'Omar');
    await w.ok('release.approve', { id: r.id }, 'Eve');
    expect(await w.ok('plan.gate', { releaseId: r.id, at: '2031-03-04T22:00:00.000Z' })).toMatchObject({ verdict: 'allowed' });
    const moved = await w.ok('plan.gate', { releaseId: r.id, at: '2031-03-07T22:00:00Z' });
    expect(moved).toMatchObject({ verdict: 'blocked', reasons: [expect.objectContaining({ type: 'not-approved', message: expect.stringMatching(/approved for 2031-03-04T22:00:00Z; at another time/) })] });
  });

  it('deleting a service an approved release changes withdraws its approvals; the schedule moves only releases not yet started', async () => {
    const w = await estate();
    const r = await w.ok('release.create', w.release({ services: [{ serviceId: w.wms.id, how: 'code' }, { serviceId: w.labels.id, how: 'config' }], status: 'submitted' }), 'Rita');
    await w.ok('release.approve', { id: r.id }, 'Omar');
    expect((await w.ok('release.approve', { id: r.id }, 'Eve')).status).toBe('approved');
    await w.ok('service.delete', { id: w.labels.id, force: true });
    const after = (await w.ok('workspace.snapshot', {}));
    expect(after.plan.releases.find((x) => x.id === r.id)).toMatchObject({ status: 'submitted', services: [{ serviceId: w.wms.id, how: 'code' }] });
    expect(after.governance.approvals.every((a) => a.withdrawnReason === 'Changed after approval: services')).toBe(true);

    const emergency = await w.ok('release.create', w.release({ type: 'emergency', title: 'Hotfix' }), 'Rita');
    await w.ok('release.transition', { id: emergency.id, to: 'in-progress' });
    const moved = await w.call('schedule.apply', { moves: [{ releaseId: emergency.id, to: '2031-05-01T22:00:00Z' }] });
    expect(moved).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Hotfix is in progress; only a release not yet started can be moved/) } });
  });
});
