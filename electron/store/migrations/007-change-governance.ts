import type Database from 'better-sqlite3';
import { DEFAULT_POLICIES } from '../../../shared/model/governance-defaults';

// Change governance. Additive only.
// - releases.governance: the release's lifecycle times, outcome, standard kind, first commit and the
//   incident it fixes, as JSON (written by transitions; an edit never sets the times).
// - profiles: the local people who act; approvals: one row per approval, kept when withdrawn.
// - approval_policies: one row per service tier, seeded with defaults a change manager then edits.
// Approver names recorded before approvals existed become approvals of unknown role, so they still count.
export function up(db: Database.Database): void {
  db.exec(`
    ALTER TABLE releases ADD COLUMN governance TEXT NOT NULL DEFAULT '{}';
    CREATE TABLE profiles (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      role TEXT NOT NULL,
      team TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE approvals (
      id INTEGER PRIMARY KEY,
      release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
      approver TEXT NOT NULL,
      role TEXT,
      at TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      withdrawn_at TEXT,
      withdrawn_reason TEXT
    );
    CREATE INDEX approvals_by_release ON approvals(release_id);
    CREATE TABLE approval_policies (
      id INTEGER PRIMARY KEY CHECK (id IN (1, 2, 3)),
      body TEXT NOT NULL
    );
    INSERT OR IGNORE INTO id_sequence (entity, last_id) VALUES ('profile', 0), ('approval', 0), ('policy', 3);
  `);
  const policy = db.prepare('INSERT INTO approval_policies (id, body) VALUES (?, ?)');
  for (const { id, ...body } of DEFAULT_POLICIES) policy.run(id, JSON.stringify(body));
  const legacy = db.prepare("SELECT id, approvers FROM releases WHERE approvers <> '[]'").all() as { id: number; approvers: string }[];
  const approval = db.prepare("INSERT INTO approvals (release_id, approver, role, at, note) VALUES (?, ?, NULL, ?, 'Recorded before approvals were kept per profile')");
  const at = new Date().toISOString();
  for (const r of legacy) for (const name of JSON.parse(r.approvers) as string[]) approval.run(r.id, name, at);
  const last = db.prepare('SELECT max(id) FROM approvals').pluck().get() as number | null;
  db.prepare("UPDATE id_sequence SET last_id = ? WHERE entity = 'approval'").run(last ?? 0);
}
