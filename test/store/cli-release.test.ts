import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { Io, Values } from '../../electron/cli/cli-io';
import { RELEASE_REFUSED, runRelease, type ReleaseView } from '../../electron/cli/release-commands';
import { openSession } from '../../electron/host/session';
import { openWorkspace } from '../../electron/store/open-workspace';
import { seedDemo } from '../../electron/store/seed-demo';
import { loadPlanningInput } from '../../electron/store/load-planning-input';
import type { AuditEntry, Input, Method, Output } from '../../shared/api/contract';
import type { Release } from '../../shared/model/plan';

const NOW = '2030-09-01T12:00:00Z';
const MAIN = fileURLToPath(new URL('../../electron/cli/main.ts', import.meta.url));
let dir: string;
let workspace: string;
let tier1ServiceId: number;
let demoReleases: Release[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cockpit-release-cli-'));
  workspace = join(dir, 'demo.sqlite');
  const db = openWorkspace(workspace);
  seedDemo(db, { actor: 'test' }, new Date(NOW));
  const { catalog, plan } = loadPlanningInput(db);
  db.close();
  tier1ServiceId = catalog.services.find((s) => s.tier === 1)!.id;
  demoReleases = plan.releases;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.RELEASE_COCKPIT_AS;
});

/** One call through the handler table as `actor`, outside the CLI: setting up, and reading the audit. */
async function api<M extends Method>(method: M, input: Input<M>, actor = 'test'): Promise<Output<M>> {
  const session = openSession(workspace, { seedNew: false, actor });
  try {
    const result = await dispatch(handlers, session.ctx, method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Output<M>;
  } finally {
    session.close();
  }
}

let made = 0;
/** A draft normal change to a tier-1 service, requested by Liam Chen (the acting profile becomes its requester). */
async function draft(title = `CLI change ${++made}`): Promise<{ id: string; title: string }> {
  const release = await api(
    'release.create',
    { title, type: 'normal', status: 'draft', plannedStart: '2030-10-07T02:00:00Z', durationMinutes: 60, strategy: 'big-bang', services: [{ serviceId: tier1ServiceId, how: 'code' }] },
    'Liam Chen',
  );
  expect(release.requester).toBe('Liam Chen');
  return { id: String(release.id), title };
}

async function release(sub: string, target: string, values: Values = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runRelease({ workspace, ...values }, [sub, target], io);
  return { code, out: out.join('\n'), err: err.join('\n'), json: <T = unknown>() => JSON.parse(out.join('\n')) as T };
}

const show = async (target: string) => {
  const answer = await release('show', target, { json: true });
  expect(answer.code).toBe(0);
  return answer.json<ReleaseView>();
};

/** Submitted by Liam Chen, approved by an engineer and an operations profile: what a tier-1 policy asks. */
async function approvedChange() {
  const r = await draft();
  expect((await release('submit', r.id, { as: 'Liam Chen' })).code).toBe(0);
  expect((await release('approve', r.id, { as: 'Kenji Watanabe' })).code).toBe(0);
  expect((await release('approve', r.id, { as: 'Marcus Delgado' })).code).toBe(0);
  return r;
}

describe('release-cockpit release', () => {
  it('refuses the requester approving their own change, naming separation of duties (exit 3), and records no approval', async () => {
    const r = await draft();
    const submitted = await release('submit', r.id, { as: 'Liam Chen' });
    expect(submitted).toMatchObject({ code: 0, err: '' });
    expect(submitted.out).toBe(`Submitted "${r.title}" (#${r.id}) as Liam Chen: draft → submitted; it still needs one approver from Operations and 1 more approver (not Liam Chen).`);
    const self = await release('approve', r.id, { as: 'Liam Chen' });
    expect(self.code).toBe(RELEASE_REFUSED);
    expect(self.out).toBe('');
    expect(self.err).toMatch(/^Liam Chen requested “CLI change \d+” and cannot approve it too: separation of duties\./);
    const after = await show(r.id);
    expect(after).toMatchObject({ status: 'submitted', requester: 'Liam Chen', approvals: [], policyMet: false, approvalOpen: true });
  });

  it('two eligible profiles (one from operations) meet a tier-1 policy; approve, then schedule and start succeed', async () => {
    const r = await draft();
    expect((await release('submit', r.id, { as: 'Liam Chen' })).code).toBe(0);
    // Not approved yet: the lifecycle refuses the jump, with the handler's reason.
    const early = await release('schedule', r.id, { as: 'Liam Chen' });
    expect(early.code).toBe(RELEASE_REFUSED);
    expect(early.err).toMatch(/is submitted and cannot become scheduled directly/);

    const first = await release('approve', r.id, { as: 'Kenji Watanabe', comment: 'Code reviewed' });
    expect(first.code).toBe(0);
    expect(first.out).toBe(`Approved "${r.title}" (#${r.id}) as Kenji Watanabe: still submitted; it still needs one approver from Operations.`);
    expect((await show(r.id)).stillNeeded).toEqual(['one approver from Operations']);

    const second = await release('approve', r.title, { as: 'Marcus Delgado', json: true });
    expect(second.code).toBe(0);
    const answer = second.json<{ action: string; actor: string; from: string; release: ReleaseView }>();
    expect(answer).toMatchObject({ action: 'approve', actor: 'Marcus Delgado', from: 'submitted', release: { status: 'approved', policyMet: true, stillNeeded: [], tier: 1, policy: { approvers: 2, roles: ['operations'] } } });
    expect(answer.release.approvals.map((a) => [a.approver, a.role, a.comment, a.withdrawnAt])).toEqual([
      ['Kenji Watanabe', 'engineering', 'Code reviewed', null],
      ['Marcus Delgado', 'operations', '', null],
    ]);
    expect(answer.release.next.filter((n) => n.allowed).map((n) => [n.status, n.command])).toEqual([
      ['scheduled', 'release schedule'],
      ['in-progress', 'release start'],
      ['draft', null],
      ['cancelled', 'release cancel'],
    ]);

    const scheduled = await release('schedule', r.title, { as: 'Priya Raman' });
    expect(scheduled).toMatchObject({ code: 0, out: `Scheduled "${r.title}" (#${r.id}) as Priya Raman: approved → scheduled.` });
    const started = await release('start', `#${r.id}`, { as: 'Priya Raman' });
    expect(started).toMatchObject({ code: 0, out: `Started "${r.title}" (#${r.id}) as Priya Raman: scheduled → in-progress.` });
    expect((await show(r.id)).status).toBe('in-progress');
  });

  it('refuses an illegal move with the handler\'s reason: a draft normal change cannot start (exit 3), and stays a draft', async () => {
    const r = await draft();
    const start = await release('start', r.id, { as: 'Priya Raman' });
    expect(start.code).toBe(RELEASE_REFUSED);
    expect(start.out).toBe('');
    expect(start.err).toBe(`“${r.title}” is a normal change and cannot start before it is approved. Only an emergency change starts at once.`);
    const after = await show(r.id);
    expect(after.status).toBe('draft');
    expect(after.next.map((n) => n.status)).toEqual(['submitted', 'cancelled']);
    // Closing what never started is refused too.
    const close = await release('close', r.id, { as: 'Priya Raman', outcome: 'success' });
    expect(close.code).toBe(RELEASE_REFUSED);
    expect(close.err).toMatch(/is a draft and cannot become done directly/);
  });

  it('close --outcome records the outcome and its note, and show --json reports them', async () => {
    const r = await approvedChange();
    expect((await release('start', r.id, { as: 'Liam Chen' })).code).toBe(0);
    const closed = await release('close', r.id, { as: 'Liam Chen', outcome: 'success-with-issues', note: 'Labels printed slowly for an hour' });
    expect(closed).toMatchObject({ code: 0, err: '' });
    expect(closed.out).toBe(`Closed "${r.title}" (#${r.id}) as Liam Chen: in-progress → done, outcome success-with-issues ("Labels printed slowly for an hour").`);
    const after = await show(r.id);
    expect(after).toMatchObject({ status: 'done', outcome: { result: 'success-with-issues', note: 'Labels printed slowly for an hour' }, next: [] });
    expect(after.finishedAt).toEqual(expect.any(String));

    // A rolled-back outcome closes the release as rolled back, not done.
    const other = await approvedChange();
    expect((await release('start', other.id, { as: 'Liam Chen' })).code).toBe(0);
    const rolledBack = await release('close', other.title, { as: 'Liam Chen', outcome: 'rolled-back', json: true });
    expect(rolledBack.code).toBe(0);
    expect(rolledBack.json()).toMatchObject({ action: 'close', from: 'in-progress', release: { status: 'rolled-back', outcome: { result: 'rolled-back', note: null } } });
    expect((await show(other.id)).status).toBe('rolled-back');
  });

  it('the audit trail records the acting profile of each move: RELEASE_COCKPIT_AS, and --as over it', async () => {
    const r = await draft();
    process.env.RELEASE_COCKPIT_AS = 'Liam Chen';
    expect((await release('submit', r.id)).out).toMatch(/as Liam Chen: draft → submitted/);
    process.env.RELEASE_COCKPIT_AS = 'Aisha Bello';
    expect((await release('approve', r.id, { as: 'Kenji Watanabe' })).code).toBe(0);
    expect((await release('approve', r.id)).out).toMatch(/as Aisha Bello: submitted → approved/);
    process.env.RELEASE_COCKPIT_AS = 'Priya Raman';
    expect((await release('schedule', r.id)).code).toBe(0);

    const entries = await api('audit.list', { entity: 'release', entityId: Number(r.id) });
    const moves = [...entries].reverse().map((e: AuditEntry) => [e.actor, (e.after as Release).status, (e.after as Release).approvers.length]);
    expect(moves).toEqual([
      ['Liam Chen', 'draft', 0], // release.create, the setup
      ['Liam Chen', 'submitted', 0],
      ['Kenji Watanabe', 'submitted', 1],
      ['Aisha Bello', 'approved', 2],
      ['Priya Raman', 'scheduled', 2],
    ]);
    const approvals = await api('audit.list', { entity: 'approval' });
    const mine = approvals.filter((e) => (e.after as { releaseId: number }).releaseId === Number(r.id));
    expect(mine.map((e) => [e.actor, (e.after as { approver: string }).approver]).reverse()).toEqual([
      ['Kenji Watanabe', 'Kenji Watanabe'],
      ['Aisha Bello', 'Aisha Bello'],
    ]);
  });

  it('finds a release by its exact title, refuses a title several releases share by listing them (exit 1), and says what is wrong with the arguments (exit 2)', async () => {
    const unique = await draft('CLI unique title');
    expect((await show('CLI unique title')).id).toBe(Number(unique.id));
    expect((await show('cli UNIQUE title')).id).toBe(Number(unique.id));

    const shared = demoReleases.filter((r) => r.title === 'Patch – Supplier Portal');
    expect(shared.length).toBeGreaterThan(1);
    const ambiguous = await release('show', 'Patch – Supplier Portal');
    expect(ambiguous.code).toBe(1);
    const listed = ambiguous.err.split('\n');
    expect(listed[0]).toBe(`${shared.length} releases are titled "Patch – Supplier Portal"; name one by its id:`);
    expect(listed.slice(1).map((l) => Number(/#(\d+)/.exec(l)![1]))).toEqual(shared.map((r) => r.id).sort((a, b) => a - b));
    const moveAmbiguous = await release('cancel', 'Patch – Supplier Portal', { as: 'Priya Raman' });
    expect(moveAmbiguous.code).toBe(1);

    const unknown = await release('show', 'CLI unique titel');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^No release titled "CLI unique titel"\. Close matches: "CLI unique title"/);
    expect((await release('show', 'CLI unique')).code).toBe(1);

    expect((await release('promote', unique.id)).code).toBe(2);
    expect((await release('close', unique.id)).err).toMatch(/--outcome success\|success-with-issues\|rolled-back\|failed\|hotfix-needed/);
    expect((await release('close', unique.id, { outcome: 'shipped' })).code).toBe(2);
    expect((await release('submit', unique.id, { comment: 'why' })).code).toBe(2);
    expect((await release('approve', unique.id, { note: 'why' })).code).toBe(2);
    expect((await release('submit', unique.id, { as: '  ' })).code).toBe(2);
    expect((await show(unique.id)).status).toBe('draft');
  });

  it('from the real entry point: RELEASE_COCKPIT_AS acts, a refusal exits 3 with only the reason on stderr, and a missing workspace exits 1', async () => {
    const r = await draft();
    const cli = (args: string[], as: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'release', ...args, '--workspace', workspace], { encoding: 'utf8', env: { ...process.env, RELEASE_COCKPIT_AS: as } });
    const submitted = cli(['submit', r.id], 'Liam Chen');
    expect({ status: submitted.status, stderr: submitted.stderr }).toEqual({ status: 0, stderr: '' });
    const self = cli(['approve', r.title, '--comment', 'mine'], 'Liam Chen');
    expect(self.status).toBe(3);
    expect(self.stdout).toBe('');
    expect(self.stderr).toBe(`Liam Chen requested “${r.title}” and cannot approve it too: separation of duties. Ask another profile.\n`);
    const shown = cli(['show', r.id, '--json'], 'Liam Chen');
    expect(shown.status).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ status: 'submitted', approvals: [] });
    const bad = spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'release', 'show', r.id, '--workspace', join(dir, 'none.sqlite')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^No workspace at /);
  }, 60_000);
});
