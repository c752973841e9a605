import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/store/seed-demo';
import { memoryWorkspace } from './helpers';

async function smallPlan() {
  const w = memoryWorkspace();
  const reno = await w.ok('site.create', { name: 'DC Reno', region: 'West', timeZone: 'America/Los_Angeles', kind: 'dc' });
  const erp = await w.ok('service.create', { name: 'Cloud ERP', kind: 'erp', tier: 1, hosting: 'saas', siteIds: [reno.id] });
  const soft = await w.ok('window.create', {
    name: 'Month-end close', type: 'freeze', severity: 'soft', startLocal: '2030-01-30T00:00', endLocal: '2030-02-02T18:00', timeZone: 'UTC', scope: { all: true },
  });
  const hard = await w.ok('window.create', {
    name: 'Peak freeze', type: 'freeze', severity: 'hard', startLocal: '2030-11-20T00:00', endLocal: '2031-01-05T23:59', timeZone: 'UTC', scope: { all: true },
  });
  const base = { type: 'normal', status: 'draft', durationMinutes: 60, strategy: 'big-bang' } as const;
  const a = await w.ok('release.create', { ...base, title: 'ERP patch', services: [{ serviceId: erp.id, how: 'config' }], waves: [{ name: 'All', siteIds: [reno.id], soakMinutes: 0 }] });
  const b = await w.ok('release.create', { ...base, title: 'Reporting fix', dependsOn: [{ releaseId: a.id, kind: 'finish-before' }] });
  return { ...w, reno, erp, soft, hard, a, b, base };
}

describe('plan edits through the handler table', () => {
  it('creates windows and releases and refuses dangling or circular references in words', async () => {
    const w = await smallPlan();
    const plan = await w.ok('plan.get', {});
    expect(plan.windows.map((x) => x.name).sort()).toEqual(['Month-end close', 'Peak freeze']);
    expect(plan.releases.find((r) => r.id === w.b.id)?.dependsOn).toEqual([{ releaseId: w.a.id, kind: 'finish-before' }]);

    const badWindow = await w.call('window.create', {
      name: 'Nowhere', type: 'freeze', severity: 'soft', startLocal: '2030-03-01T00:00', endLocal: '2030-03-02T00:00', timeZone: 'UTC', scope: { siteIds: [999] },
    });
    expect(badWindow.ok ? null : badWindow.error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/No site with id 999/) });
    const backwards = await w.call('window.update', { ...w.soft, endLocal: '2030-01-01T00:00' });
    expect(backwards.ok ? null : backwards.error.message).toMatch(/End must be after start/);

    const badRelease = await w.call('release.create', { ...w.base, title: 'Ghost', services: [{ serviceId: 555, how: 'code' }], dependsOn: [{ releaseId: 777, kind: 'start-after' }] });
    expect(badRelease.ok ? null : badRelease.error.message).toMatch(/No service with id 555.*No release with id 777/);
    const self = await w.call('release.update', { ...w.a, dependsOn: [{ releaseId: w.a.id, kind: 'finish-before' }] });
    expect(self.ok ? null : self.error).toMatchObject({ code: 'VALIDATION', message: 'A release cannot depend on itself' });
    const missing = await w.call('release.update', { ...w.a, id: 4242 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');

    const renamed = await w.ok('release.update', { ...w.a, title: 'ERP patch 2' });
    expect(renamed.title).toBe('ERP patch 2');
    expect((await w.ok('history.state', {})).undoLabel).toBe('Edit release ERP patch 2');
  });

  it('deletes a release with its exceptions and the links to it, and one undo restores everything', async () => {
    const w = await smallPlan();
    const exception = await w.ok('exception.request', { windowId: w.soft.id, releaseId: w.a.id, reason: 'Tax fix', requester: 'ana', approver: 'bo' });
    expect(exception.approvedAt).not.toBeNull();

    const deleted = await w.ok('release.delete', { id: w.a.id });
    expect(deleted.alsoRemoved).toHaveLength(2);
    let plan = await w.ok('plan.get', {});
    expect(plan.releases.map((r) => r.id)).toEqual([w.b.id]);
    expect(plan.releases[0]?.dependsOn).toEqual([]);
    expect(await w.ok('exception.list', {})).toEqual([]);
    expect((await w.ok('history.state', {})).undoLabel).toBe('Delete release ERP patch');

    await w.ok('history.undo', {});
    plan = await w.ok('plan.get', {});
    expect(plan.releases.find((r) => r.id === w.a.id)).toEqual(w.a);
    expect(plan.releases.find((r) => r.id === w.b.id)?.dependsOn).toEqual([{ releaseId: w.a.id, kind: 'finish-before' }]);
    expect(await w.ok('exception.list', {})).toEqual([exception]);
  });

  it('deletes a window with its exceptions as one undoable step', async () => {
    const w = await smallPlan();
    const exception = await w.ok('exception.request', { windowId: w.soft.id, releaseId: w.a.id, reason: 'Tax fix', requester: 'ana' });
    await w.ok('window.delete', { id: w.soft.id });
    expect(await w.ok('exception.list', {})).toEqual([]);
    await w.ok('history.undo', {});
    expect((await w.ok('plan.get', {})).windows.find((x) => x.id === w.soft.id)).toEqual(w.soft);
    expect(await w.ok('exception.list', {})).toEqual([exception]);
  });

  it('takes exceptions only to soft freezes and never approved by the requester', async () => {
    const w = await smallPlan();
    const onHard = await w.call('exception.request', { windowId: w.hard.id, releaseId: w.a.id, reason: 'Urgent', requester: 'ana', approver: 'bo' });
    expect(onHard.ok ? null : onHard.error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/Peak freeze is a hard freeze and takes no exceptions/) });

    const selfRequest = await w.call('exception.request', { windowId: w.soft.id, releaseId: w.a.id, reason: 'Urgent', requester: 'Ana', approver: ' ana ' });
    expect(selfRequest.ok ? null : selfRequest.error.message).toMatch(/approver cannot be the requester/);

    const pending = await w.ok('exception.request', { windowId: w.soft.id, releaseId: w.a.id, reason: 'Urgent', requester: 'ana' });
    expect(pending).toMatchObject({ approver: null, approvedAt: null });
    const selfApproval = await w.call('exception.approve', { id: pending.id, approver: 'ANA' });
    expect(selfApproval.ok ? null : selfApproval.error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/cannot approve it too/) });

    const approved = await w.ok('exception.approve', { id: pending.id, approver: 'bo' });
    expect(approved.approver).toBe('bo');
    expect(approved.approvedAt).not.toBeNull();
    expect((await w.ok('history.state', {})).undoLabel).toBe('Approve freeze exception for ERP patch');
    await w.ok('history.undo', {});
    expect((await w.ok('exception.list', {}))[0]).toMatchObject({ approver: null, approvedAt: null });
  });
});

describe('plan analysis through the handler table', () => {
  it('reports a release placed inside the demo hard peak freeze', async () => {
    const w = memoryWorkspace();
    seedDemo(w.db, { actor: 'test' });
    const plan = await w.ok('plan.get', {});
    const peak = plan.windows.find((x) => x.name === 'Peak-season freeze')!;
    const catalog = await w.ok('catalog.get', {});
    const service = catalog.services[0]!;
    const day = peak.startLocal.slice(0, 8) + '25';
    const inPeak = await w.ok('release.create', {
      title: 'Peak-time change', type: 'normal', status: 'submitted', durationMinutes: 120, strategy: 'big-bang',
      plannedStart: `${day}T15:00:00Z`, services: [{ serviceId: service.id, how: 'config' }],
    });
    const conflicts = await w.ok('plan.conflicts', {});
    expect(conflicts.some((c) => c.type === 'hard-freeze' && c.releaseIds.includes(inPeak.id))).toBe(true);

    const risk = await w.ok('release.risk', { id: inPeak.id });
    expect(risk.releaseId).toBe(inPeak.id);
    expect(risk.factors.length).toBeGreaterThan(0);
  });

  it('names the blast radius of a service', async () => {
    const w = memoryWorkspace();
    seedDemo(w.db, { actor: 'test' });
    const catalog = await w.ok('catalog.get', {});
    const erp = catalog.services.find((s) => s.name === 'SAP S/4HANA Cloud (ERP)')!;
    const radius = await w.ok('service.blastRadius', { serviceIds: [erp.id], direction: 'downstream' });
    expect(radius.impacted.length).toBeGreaterThan(0);
    expect(radius.impacted.every((i) => i.name && !i.name.startsWith('#'))).toBe(true);
    expect(radius.score).toBeGreaterThan(0);
    const near = await w.ok('service.blastRadius', { serviceIds: [erp.id], direction: 'downstream', maxDepth: 1 });
    expect(near.impacted.every((i) => i.hops <= 1)).toBe(true);
    const unknown = await w.call('service.blastRadius', { serviceIds: [99_999], direction: 'upstream' });
    expect(unknown.ok ? null : unknown.error.code).toBe('VALIDATION');
  });

  it('proposes a schedule, applies it as one step, and one undo restores the previous starts', async () => {
    const w = memoryWorkspace();
    seedDemo(w.db, { actor: 'test' });
    const startsOf = async () => new Map((await w.ok('plan.get', {})).releases.map((r) => [r.id, r.plannedStart]));
    const before = await startsOf();
    const proposal = await w.ok('schedule.propose', { timeLimitMs: 300 });
    expect(proposal.moves.length).toBeGreaterThan(0);
    for (const move of proposal.moves) expect(move.from).toBe(before.get(move.releaseId));

    const applied = await w.ok('schedule.apply', { moves: proposal.moves.map((m) => ({ releaseId: m.releaseId, to: m.to })) });
    expect(applied.applied).toBe(proposal.moves.length);
    const after = await startsOf();
    for (const move of proposal.moves) expect(Date.parse(after.get(move.releaseId)!)).toBe(Date.parse(move.to));
    const n = proposal.moves.length;
    expect((await w.ok('history.state', {})).undoLabel).toBe(`Apply auto-schedule (${n} release${n === 1 ? '' : 's'})`);

    await w.ok('history.undo', {});
    expect(await startsOf()).toEqual(before);
    expect((await w.ok('history.state', {})).canUndo).toBe(false);
  });

  it('keeps answering other calls while it searches, and schedule.cancel stops the search at once', async () => {
    const w = memoryWorkspace();
    seedDemo(w.db, { actor: 'test' });
    const startedAt = performance.now();
    const search = w.call('schedule.propose', { timeLimitMs: 20_000 });
    // Answered during the search, not after its 20 s.
    expect((await w.ok('plan.get', {})).releases.length).toBeGreaterThan(0);
    expect(await w.ok('schedule.cancel', {})).toEqual({ cancelled: true });
    const result = await search;
    expect(result.ok ? null : result.error.code).toBe('CANCELLED');
    expect(performance.now() - startedAt).toBeLessThan(5_000);
    expect(await w.ok('schedule.cancel', {})).toEqual({ cancelled: false });
    // Nothing was written.
    expect((await w.ok('history.state', {})).canUndo).toBe(false);
  });

  it('a second search replaces the first, which ends as cancelled', async () => {
    const w = memoryWorkspace();
    seedDemo(w.db, { actor: 'test' });
    const first = w.call('schedule.propose', { timeLimitMs: 20_000 });
    await w.ok('plan.get', {});
    const second = await w.ok('schedule.propose', { timeLimitMs: 200 });
    expect(second.moves.length + second.unchanged).toBeGreaterThan(0);
    const firstResult = await first;
    expect(firstResult.ok ? null : firstResult.error.code).toBe('CANCELLED');
  });
});
