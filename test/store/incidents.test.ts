import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { HandlerContext } from '../../electron/api/context';
import { openSession } from '../../electron/host/session';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { incidentTimeline, statusTimes } from '../../shared/engine/incidents/incident-timeline';
import { runState } from '../../shared/engine/incidents/run-state';

const NOW = Date.parse('2026-11-22T03:00:00Z');

function workspace() {
  let clock = NOW;
  const session = openSession(':memory:', { actor: 'ana', now: () => new Date(clock) });
  const ctx: HandlerContext = session.ctx;
  const call = async <M extends Method>(method: M, input: Input<M>, as?: string): Promise<Result<Output<M>>> =>
    (await dispatch(handlers, as ? { ...ctx, actor: as } : ctx, method, input)) as Result<Output<M>>;
  const ok = async <M extends Method>(method: M, input: Input<M>, as?: string): Promise<Output<M>> => {
    const result = await call(method, input, as);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  return { ctx, call, ok, tick: (minutes: number) => (clock += minutes * 60_000), db: ctx.db };
}

async function wmsIncident(w: ReturnType<typeof workspace>) {
  const snapshot = await w.ok('workspace.snapshot', {});
  const wms = snapshot.catalog.services.find((s) => s.name === 'Manhattan WMS – Central')!;
  const failover = snapshot.ops.runbooks.find((r) => r.title === 'WMS failover to the secondary region')!;
  const incident = await w.ok('incident.create', {
    title: 'WMS Central down', severity: 'SEV1', serviceIds: [wms.id], roles: [{ role: 'Incident commander', name: 'Ana' }, { role: 'Scribe', name: 'Raj' }],
    impactStartedAt: new Date(NOW - 10 * 60_000).toISOString(),
  });
  return { snapshot, wms, failover, incident };
}

describe('incidents and runs', () => {
  it('the demo holds the five recovery templates, and a release rollback points to one', async () => {
    const w = workspace();
    const snapshot = await w.ok('workspace.snapshot', {});
    expect(snapshot.ops.runbooks.map((r) => r.title).sort()).toEqual([
      'Carrier-label degraded mode', 'EDI replay after an outage', 'ERP integration rollback', 'Inventory-sync reconciliation', 'WMS failover to the secondary region',
    ]);
    const cutover = snapshot.plan.releases.find((r) => r.title.startsWith('UPS/FedEx Label Service'))!;
    expect(snapshot.ops.runbooks.find((r) => r.id === cutover.rollback.runbookId)?.title).toBe('Carrier-label degraded mode');
  });

  it('a declared incident walks the lifecycle; illegal moves are refused with the reason; times give detect, mitigate and restore', async () => {
    const w = workspace();
    const { incident } = await wmsIncident(w);
    expect(incident).toMatchObject({ status: 'triage', declaredBy: 'ana' });
    const closeEarly = await w.call('incident.transition', { id: incident.id, to: 'closed' });
    expect(closeEarly).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Resolve the incident before closing it.' } });
    w.tick(5);
    await w.ok('incident.transition', { id: incident.id, to: 'started' });
    w.tick(20);
    await w.ok('incident.transition', { id: incident.id, to: 'mitigated' });
    const back = await w.call('incident.transition', { id: incident.id, to: 'started' });
    expect(back).toMatchObject({ ok: false, error: { message: 'An incident moves forward only: it cannot go back from Mitigated to Started.' } });
    w.tick(15);
    await w.ok('incident.transition', { id: incident.id, to: 'resolved' });
    // A backdated status may not come before an earlier one.
    const early = await w.call('incident.transition', { id: incident.id, to: 'closed', at: new Date(NOW - 60 * 60_000).toISOString() });
    expect(early.ok).toBe(false);
    await w.ok('incident.transition', { id: incident.id, to: 'closed' });
    const after = await w.call('incident.transition', { id: incident.id, to: 'cancelled' });
    expect(after).toMatchObject({ ok: false, error: { message: expect.stringMatching(/closed/) } });

    const report = JSON.parse((await w.ok('incident.report', { id: incident.id, format: 'json' })).text);
    expect(report.durations).toMatchObject({ timeToDetectMs: 10 * 60_000, timeToMitigateMs: 25 * 60_000, timeToRestoreMs: 50 * 60_000 });
    expect(report.blastRadius.services.length).toBeGreaterThan(0);
    expect(report.blastRadius.sites[0]).toMatchObject({ zone: expect.any(String), localTimeAtDeclaration: expect.stringMatching(/^2026-11-2\d \d\d:\d\d$/) });
  });

  it('a run keeps its own steps: skipping needs a reason, "after step N" is respected, and editing the runbook changes no past run', async () => {
    const w = workspace();
    const { incident, failover } = await wmsIncident(w);
    const run = await w.ok('run.start', { runbookId: failover.id, incidentId: incident.id });
    expect(run.steps).toHaveLength(6);
    const third = await w.call('run.mark', { runId: run.id, step: 2, outcome: 'done' });
    expect(third).toMatchObject({ ok: false, error: { message: 'Step 3 comes after step 1, which is not finished yet.' } });
    const skip = await w.call('run.mark', { runId: run.id, step: 0, outcome: 'skipped' });
    expect(skip).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'note', message: 'A skipped step needs a reason' }] } });
    w.tick(4);
    await w.ok('run.mark', { runId: run.id, step: 0, outcome: 'done', note: 'Vendor status page red' });
    w.tick(2);
    await w.ok('run.mark', { runId: run.id, step: 1, outcome: 'skipped', note: 'Night shift: no waves running' });
    await w.ok('runbook.update', { id: failover.id, title: failover.title, summary: failover.summary, serviceIds: failover.serviceIds, steps: [{ title: 'Only step' }] });
    const snapshot = await w.ok('workspace.snapshot', {});
    const stored = snapshot.ops.runs.find((r) => r.id === run.id)!;
    expect(stored.steps).toHaveLength(6);
    expect(snapshot.ops.runbooks.find((r) => r.id === failover.id)).toMatchObject({ version: 2, steps: [{ title: 'Only step' }] });
    const state = runState(stored, snapshot.ops.events, NOW + 10 * 60_000);
    expect(state.steps.slice(0, 2).map((s) => [s.outcome, s.elapsedMs])).toEqual([['done', 4 * 60_000], ['skipped', 2 * 60_000]]);
    expect(state.next).toBe(2);
    expect(state.expectedMs).toBe((5 + 3 + 10 + 10 + 10 + 30) * 60_000);
  });

  it('a corrected time is a new entry naming the old one; the timeline shows the correction and nothing is rewritten', async () => {
    const w = workspace();
    const { incident } = await wmsIncident(w);
    w.tick(10);
    const started = await w.ok('incident.transition', { id: incident.id, to: 'started' });
    const events = (await w.ok('workspace.snapshot', {})).ops.events;
    const statusEvent = events.find((e) => e.incidentId === incident.id && e.type === 'status' && e.to === 'started')!;
    const backdated = new Date(NOW + 2 * 60_000).toISOString();
    const correction = await w.ok('incident.correct', { eventId: statusEvent.id, at: backdated, reason: 'Bridge call began at 03:02' });
    expect(correction).toMatchObject({ type: 'correction', eventId: statusEvent.id, to: backdated, from: statusEvent.at });
    const after = (await w.ok('workspace.snapshot', {})).ops.events;
    expect(after.find((e) => e.id === statusEvent.id)).toEqual(statusEvent);
    const entries = incidentTimeline(after, started.id);
    expect(statusTimes(entries).started).toBe(backdated);
    expect(entries.find((e) => e.id === statusEvent.id)!.corrections).toEqual([expect.objectContaining({ reason: 'Bridge call began at 03:02' })]);
    expect(() => w.db.prepare('UPDATE incident_events SET at = ? WHERE id = ?').run(backdated, statusEvent.id)).toThrow(/append-only/);
    const tooEarly = await w.call('incident.correct', { eventId: statusEvent.id, at: new Date(NOW - 60 * 60_000).toISOString(), reason: 'x' });
    expect(tooEarly).toMatchObject({ ok: false, error: { message: expect.stringMatching(/in order/) } });
  });

  it('incident writes are never undo steps: undo skips them', async () => {
    const w = workspace();
    await w.ok('site.create', { name: 'DC Boise', region: 'West', timeZone: 'America/Boise', kind: 'dc' });
    const before = (await w.ok('workspace.snapshot', {})).ops.incidents.length;
    await wmsIncident(w);
    const undone = await w.ok('history.undo', {});
    expect(undone).toMatchObject({ canUndo: false, redoLabel: 'Add site DC Boise' });
    expect((await w.ok('workspace.snapshot', {})).ops.incidents).toHaveLength(before + 1);
  });

  it('an edit after an undo is the version the history keeps, not the text that was undone', async () => {
    const w = workspace();
    const failover = (await w.ok('workspace.snapshot', {})).ops.runbooks.find((r) => r.title === 'WMS failover to the secondary region')!;
    const edit = (step: string) => w.ok('runbook.update', { id: failover.id, title: failover.title, summary: failover.summary, serviceIds: failover.serviceIds, steps: [{ title: step }] });
    await edit('Undone text');
    await w.ok('history.undo', {});
    const kept = await edit('Kept text');
    expect(kept.version).toBe(failover.version + 1);
    const versions = w.db.prepare('SELECT body FROM runbook_versions WHERE runbook_id = ? AND version = ?').pluck().all(failover.id, kept.version) as string[];
    expect(versions.map((body) => (JSON.parse(body) as { steps: Array<{ title: string }> }).steps[0]!.title)).toEqual(['Kept text']);
  });

  it('runbooks go to Markdown and back, and a bad file is refused with every problem named', async () => {
    const w = workspace();
    const { failover } = await wmsIncident(w);
    const md = await w.ok('runbook.exportMarkdown', { id: failover.id });
    expect(md.fileName).toBe('wms-failover-to-the-secondary-region.md');
    expect(md.text).toMatch(/^# WMS failover to the secondary region\n/);
    expect(md.text).toContain('## 3. Promote the secondary database replica');
    expect(md.text).toContain('- After: step 1');
    const again = await w.ok('runbook.importMarkdown', { text: md.text.replace('# WMS failover to the secondary region', '# WMS failover (copy)') });
    expect(again).toMatchObject({ title: 'WMS failover (copy)', version: 1, serviceIds: failover.serviceIds, steps: failover.steps });
    const same = await w.ok('runbook.importMarkdown', { text: md.text });
    expect(same).toMatchObject({ id: failover.id, version: 2 });
    const bad = await w.call('runbook.importMarkdown', { text: 'no title here\nServices: Nowhere Service\n## 1. Step\n- Expected: soon\n' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED' } });
    if (!bad.ok) {
      expect(bad.error.message).toMatch(/needs a title/);
      expect(bad.error.message).toMatch(/line 4: Expected time "soon"/);
      expect(bad.error.message).toMatch(/No service named "Nowhere Service"/);
    }
    // The limits an edit keeps hold for Markdown too, so every stored runbook is one a workspace file carries back.
    const long = await w.call('runbook.importMarkdown', { text: `# Long night\n\n## 1. Wait\n- Expected: 2000 min\n\n## 2. ${'x'.repeat(201)}\n` });
    expect(long).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED' } });
    if (!long.ok) expect(long.error.message).toMatch(/Step 1, expectedMinutes: .*; Step 2, title: /);
  });
});
