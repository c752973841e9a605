import type { Approval, ApprovalPolicy, Profile } from '../../../shared/model/governance';
import type { Db } from '../open-workspace';
import { prep } from '../statement-cache';

export const listProfiles = (db: Db): Profile[] => prep(db, 'SELECT id, name, role, team FROM profiles ORDER BY name').all() as Profile[];
export const getProfile = (db: Db, id: number): Profile | null => (prep(db, 'SELECT id, name, role, team FROM profiles WHERE id = ?').get(id) as Profile | undefined) ?? null;
export const profileNamed = (db: Db, name: string): Profile | null =>
  (prep(db, 'SELECT id, name, role, team FROM profiles WHERE name = ? COLLATE NOCASE').get(name.trim()) as Profile | undefined) ?? null;
export function putProfile(db: Db, p: Profile): void {
  prep(db, 'INSERT INTO profiles (id, name, role, team) VALUES (@id, @name, @role, @team) ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, team = excluded.team').run(p);
}
export const removeProfile = (db: Db, id: number): void => void prep(db, 'DELETE FROM profiles WHERE id = ?').run(id);

interface ApprovalRow { id: number; release_id: number; approver: string; role: Approval['role']; at: string; note: string; withdrawn_at: string | null; withdrawn_reason: string | null }
const toApproval = (r: ApprovalRow): Approval => ({
  id: r.id, releaseId: r.release_id, approver: r.approver, role: r.role, at: r.at, note: r.note, withdrawnAt: r.withdrawn_at, withdrawnReason: r.withdrawn_reason,
});
export const listApprovals = (db: Db): Approval[] => (prep(db, 'SELECT * FROM approvals ORDER BY release_id, id').all() as ApprovalRow[]).map(toApproval);
export const approvalsOf = (db: Db, releaseId: number): Approval[] => (prep(db, 'SELECT * FROM approvals WHERE release_id = ? ORDER BY id').all(releaseId) as ApprovalRow[]).map(toApproval);
export function getApproval(db: Db, id: number): Approval | null {
  const row = prep(db, 'SELECT * FROM approvals WHERE id = ?').get(id) as ApprovalRow | undefined;
  return row ? toApproval(row) : null;
}
export function putApproval(db: Db, a: Approval): void {
  prep(db, `INSERT INTO approvals (id, release_id, approver, role, at, note, withdrawn_at, withdrawn_reason) VALUES (@id, @releaseId, @approver, @role, @at, @note, @withdrawnAt, @withdrawnReason)
    ON CONFLICT(id) DO UPDATE SET release_id = excluded.release_id, approver = excluded.approver, role = excluded.role, at = excluded.at, note = excluded.note,
      withdrawn_at = excluded.withdrawn_at, withdrawn_reason = excluded.withdrawn_reason`).run(a);
}
export const removeApproval = (db: Db, id: number): void => void prep(db, 'DELETE FROM approvals WHERE id = ?').run(id);

const toPolicy = (r: { id: number; body: string }): ApprovalPolicy => ({ ...(JSON.parse(r.body) as Omit<ApprovalPolicy, 'id'>), id: r.id });
export const listPolicies = (db: Db): ApprovalPolicy[] => (prep(db, 'SELECT id, body FROM approval_policies ORDER BY id').all() as { id: number; body: string }[]).map(toPolicy);
export function getPolicy(db: Db, id: number): ApprovalPolicy | null {
  const row = prep(db, 'SELECT id, body FROM approval_policies WHERE id = ?').get(id) as { id: number; body: string } | undefined;
  return row ? toPolicy(row) : null;
}
export function putPolicy(db: Db, { id, ...body }: ApprovalPolicy): void {
  prep(db, 'INSERT INTO approval_policies (id, body) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body').run(id, JSON.stringify(body));
}
export const removePolicy = (db: Db, id: number): void => void prep(db, 'DELETE FROM approval_policies WHERE id = ?').run(id);

/** How many approvals a person gave and releases they requested: the records that name them. */
export const profileUses = (db: Db, name: string): number =>
  (prep(db, 'SELECT (SELECT count(*) FROM approvals WHERE approver = @name COLLATE NOCASE) + (SELECT count(*) FROM releases WHERE requester = @name COLLATE NOCASE)').pluck().get({ name }) as number);
