import { describe, expect, it } from 'vitest';
import { reviseRelease } from '../../shared/engine/governance';
import type { Approval, ApprovalPolicy } from '../../shared/model/governance';
import type { Release } from '../../shared/model/plan';

const AT = '2031-03-01T09:00:00.000Z';
const policy: ApprovalPolicy = { id: 3, tier: 3, normal: { approvers: 1, roles: [] }, emergency: { approvers: 1, roles: [] }, standardKinds: [] };
const release = (over: Partial<Release> = {}): Release => ({
  id: 1, title: 'WMS 7.2', type: 'normal', status: 'approved', train: '', plannedStart: '2031-03-04T22:00:00Z', durationMinutes: 60, strategy: 'big-bang',
  requester: 'Rita', approvers: ['Eve'], services: [{ serviceId: 1, how: 'code' }], waves: [], rollback: { steps: ['Redeploy'], expectedMinutes: 10, tested: true },
  dependsOn: [], outcome: null, approvedAt: '2031-02-01T00:00:00.000Z', ...over,
});
const approval = (id: number, approver: string): Approval => ({ id, releaseId: 1, approver, role: null, at: '2031-02-01T00:00:00.000Z', note: '', withdrawnAt: null, withdrawnReason: null });

describe('reviseRelease: approvals count only for the version they approved', () => {
  it('a change to what was approved withdraws the approvals with the reason, and the release goes back to submitted', () => {
    const { release: next, withdrawn } = reviseRelease(release(), release({ plannedStart: '2031-03-05T22:00:00Z' }), [approval(7, 'Eve')], policy, AT);
    expect(withdrawn).toEqual([{ ...approval(7, 'Eve'), withdrawnAt: AT, withdrawnReason: 'Changed after approval: planned start' }]);
    expect(next).toMatchObject({ status: 'submitted', approvedAt: null, approvers: [] });
  });

  it('a change nobody approved (the title) touches nothing', () => {
    const after = release({ title: 'WMS 7.2 (fix)' });
    expect(reviseRelease(release(), after, [approval(7, 'Eve')], policy, AT)).toEqual({ release: after, withdrawn: [] });
  });

  it('a restored version keeps its own approvals (keep) and loses the ones given to the version it replaces', () => {
    const current = release({ plannedStart: '2031-03-05T22:00:00Z', approvers: ['Omar'] });
    const restored = release({ approvers: ['Eve'] });
    const { release: next, withdrawn } = reviseRelease(current, restored, [approval(7, 'Eve'), approval(9, 'Omar')], policy, AT, new Set([7]));
    expect(withdrawn.map((a) => a.id)).toEqual([9]);
    expect(next).toMatchObject({ status: 'approved', approvers: ['Eve'] });
  });

  it('a restore cannot move a release to approved or scheduled without approvals that count', () => {
    const withdrawnEve = { ...approval(7, 'Eve'), withdrawnAt: AT, withdrawnReason: 'Changed after approval: planned start' };
    const { release: next } = reviseRelease(release({ status: 'submitted', approvers: [] }), release({ status: 'scheduled' }), [withdrawnEve], policy, AT);
    expect(next).toMatchObject({ status: 'submitted', approvedAt: null, approvers: [] });
    // With an approval that counts, the restored status stands.
    const kept = release({ status: 'scheduled' });
    expect(reviseRelease(release({ status: 'submitted', approvers: [] }), kept, [approval(7, 'Eve')], policy, AT).release).toBe(kept);
  });

  it('a started release keeps its approvals: they are history', () => {
    const started = release({ status: 'in-progress' });
    const after = release({ status: 'in-progress', durationMinutes: 90 });
    expect(reviseRelease(started, after, [approval(7, 'Eve')], policy, AT)).toEqual({ release: after, withdrawn: [] });
  });
});
