import { useState } from 'react';
import { isClosed, STATUS_WORDS } from '../../../shared/engine/governance';
import type { ApprovalRule } from '../../../shared/model/governance';
import { ROLE_LABELS, type ReleaseOutcome } from '../../../shared/model/governance-enums';
import type { Release } from '../../../shared/model/plan';
import { RELEASE_TYPES } from '../../../shared/model/plan-enums';
import { plural } from '../../../shared/text/plural';
import { usePolicy, useReleaseApproval, useTierOf } from '../../governance/use-approval';
import { write } from '../../state/writes';
import { SelectField, TextField } from '../../ui/Field';
import { RELEASE_STATUS_LABELS, RELEASE_TYPE_LABELS } from '../release-labels';
import { ApprovalsPanel } from './ApprovalsPanel';
import type { SectionProps } from './BasicsSection';
import type { ReleaseDraft } from './release-draft';
import { LifecycleMoves } from './LifecycleMoves';
import { Section } from './Section';

const TYPE_OPTIONS = RELEASE_TYPES.map((t) => ({ value: t, label: RELEASE_TYPE_LABELS[t] }));
const UNSAVED = 'Save or discard your changes first: moves and approvals apply to the saved release.';

/** "2 approvers (one from Operations)" */
function ruleWords(rule: ApprovalRule): string {
  if (rule.approvers === 0 && rule.roles.length === 0) return 'no approver';
  const roles = rule.roles.map((r) => `one from ${ROLE_LABELS[r]}`).join(', ');
  return `${plural(Math.max(rule.approvers, rule.roles.length), 'approver')}${roles ? ` (${roles})` : ''}`;
}

/** The change type, and which pre-approved kind a standard change is (from the policy of the tier its services make it). */
function TypeFields({ draft, update, errors }: SectionProps) {
  const tier = useTierOf(draft.services);
  const policy = usePolicy(tier);
  const kinds = policy.standardKinds;
  // A stored kind the policy no longer lists stays visible, so a save does not silently change it.
  const options = draft.standardKind && !kinds.includes(draft.standardKind) ? [...kinds, draft.standardKind] : kinds;
  return (
    <>
      <SelectField label="Change type" value={draft.type} onChange={(type) => update({ type })} options={TYPE_OPTIONS} error={errors.type} />
      {draft.type === 'standard' ? (
        <SelectField
          label="Standard change kind"
          value={draft.standardKind}
          onChange={(standardKind) => update({ standardKind })}
          options={[{ value: '', label: kinds.length ? 'Choose a kind…' : 'None pre-approved' }, ...options.map((k) => ({ value: k, label: kinds.includes(k) ? k : `${k} (not in the tier ${tier} policy)` }))]}
          error={errors.standardKind}
          hint={kinds.length ? `Pre-approved for tier ${tier}: no approver needed.` : `Tier ${tier} pre-approves no standard changes; make it a normal change.`}
        />
      ) : (
        <p className="field-hint cc-type-hint">
          {draft.type === 'emergency'
            ? `Starts at once; needs ${ruleWords(policy.emergency)} afterwards (tier ${tier}).`
            : `Needs ${ruleWords(policy.normal)} before it starts (tier ${tier}); never the requester.`}
        </p>
      )}
    </>
  );
}

interface StoredProps {
  release: Release;
  draft: ReleaseDraft;
  unsaved: boolean;
  /** After a move that wrote the outcome note: the form's note is now the stored one. */
  markSaved(patch: Partial<ReleaseDraft>): void;
}

/** The stored release's status, its next moves and its approvals; every refusal is the host's (or the engine's same words). */
function StoredControl({ release, draft, unsaved, markSaved }: StoredProps) {
  const approval = useReleaseApproval(release);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const blocked = unsaved ? UNSAVED : null;

  async function move(to: Release['status'], outcome?: ReleaseOutcome) {
    setBusy(true);
    const note = draft.outcome.trim();
    const closing = outcome !== undefined;
    const result = await write('release.transition', { id: release.id, to, ...(outcome ? { outcome } : {}), ...(closing && note ? { note } : {}) }, (r) => `${r.title} is now ${STATUS_WORDS[r.status]}.`);
    setBusy(false);
    setError(result.ok ? null : result.error.message);
    if (result.ok && closing) markSaved({ outcome: draft.outcome });
  }

  async function approve() {
    setBusy(true);
    const result = await write('release.approve', { id: release.id, note: '' }, (r) => (r.status === 'approved' ? `${r.title} is approved.` : `Approval recorded for ${r.title}.`));
    setBusy(false);
    setError(result.ok ? null : result.error.message);
  }

  return (
    <>
      <p className="cc-status" role="status" aria-label="Release status">
        <span className="muted">Status</span> <strong className={`cc-pill status-${release.status}`}>{RELEASE_STATUS_LABELS[release.status]}</strong>
        <span className="muted"> · tier {approval.tier} policy</span>
      </p>
      {error ? <p className="form-error cc-error" role="alert">{error}</p> : null}
      {blocked ? <p className="field-hint cc-blocked">{blocked}</p> : null}
      <LifecycleMoves release={release} approval={approval.status} blocked={blocked} busy={busy} onMove={(to, outcome) => void move(to, outcome)} onRefused={setError} />
      <ApprovalsPanel release={release} approval={approval} zone={draft.zone} blocked={blocked} busy={busy} onApprove={() => void approve()} onRefused={setError} />
    </>
  );
}

interface ChangeControlProps extends SectionProps {
  /** The release as stored now (kept current by the store), or null for a new one. */
  release: Release | null;
  unsaved: boolean;
  markSaved(patch: Partial<ReleaseDraft>): void;
}

/** Change control: type, lifecycle and approvals. Saving the form never moves the status; the buttons here do. */
export function ChangeControlSection({ release, unsaved, markSaved, ...props }: ChangeControlProps) {
  const { draft, update, errors } = props;
  const closed = release !== null && isClosed(release.status);
  return (
    <Section title="Change control" className="cc-section">
      <div className="form-grid">
        <TypeFields {...props} />
      </div>
      {release ? (
        <StoredControl release={release} draft={draft} unsaved={unsaved} markSaved={markSaved} />
      ) : (
        <p className="cc-status">
          <span className="muted">Status</span> <strong className="cc-pill">New</strong>
          <span className="muted"> · saved as a draft, or sent for approval at once with “Create and submit”.</span>
        </p>
      )}
      {closed || draft.outcome || (release && release.status === 'in-progress') ? (
        <TextField label="Outcome note" multiline value={draft.outcome} onChange={(outcome) => update({ outcome })} error={errors.outcome} hint="What happened, for the next change on these services. Closing the release records it." />
      ) : null}
    </Section>
  );
}
