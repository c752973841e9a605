import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../electron/store/migrations';
import { listApprovals, listPolicies } from '../../electron/store/repos/governance';
import { getRelease } from '../../electron/store/repos/releases';

describe('migration 007: change governance', () => {
  it('keeps releases, turns recorded approver names into approvals of unknown role, and seeds a policy per tier', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 6));
    db.exec(`
      INSERT INTO releases (id, title, type, status, planned_start, duration_minutes, strategy, requester, approvers, rollback)
        VALUES (1, 'WMS 5.2', 'normal', 'approved', '2030-03-29T10:00:00Z', 60, 'big-bang', 'ana', '["bo","cy"]', '{"steps":[],"expectedMinutes":0,"tested":true}'),
               (2, 'TMS 3', 'normal', 'draft', NULL, 30, 'big-bang', 'ana', '[]', '{"steps":[],"expectedMinutes":0,"tested":false}');
    `);
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 7))).toBe(7);
    expect(getRelease(db as never, 1)).toMatchObject({ title: 'WMS 5.2', status: 'approved', approvers: ['bo', 'cy'], submittedAt: null, outcomeResult: null });
    expect(listApprovals(db as never)).toEqual([
      expect.objectContaining({ id: 1, releaseId: 1, approver: 'bo', role: null, withdrawnAt: null }),
      expect.objectContaining({ id: 2, releaseId: 1, approver: 'cy', role: null, withdrawnAt: null }),
    ]);
    expect(listPolicies(db as never).map((p) => [p.tier, p.normal.approvers, p.normal.roles])).toEqual([[1, 2, ['operations']], [2, 1, []], [3, 1, []]]);
    expect(db.prepare("SELECT last_id FROM id_sequence WHERE entity = 'approval'").pluck().get()).toBe(2);
    // Profiles are unique by name whatever the case; approvals go with their release.
    db.exec("INSERT INTO profiles (name, role) VALUES ('Omar', 'operations')");
    expect(() => db.exec("INSERT INTO profiles (name, role) VALUES ('omar', 'engineering')")).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM releases WHERE id = 1').run();
    expect(listApprovals(db as never)).toEqual([]);
  });
});
