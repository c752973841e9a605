import { useMemo } from 'react';
import { RELEASE_STATUSES, RELEASE_TYPES } from '../../../shared/model/plan-enums';
import { SelectField, TextField } from '../../ui/Field';
import { ApproverChips } from './ApproverChips';
import { RELEASE_STATUS_LABELS, RELEASE_TYPE_LABELS } from '../release-labels';
import type { Problems, ReleaseDraft } from './release-draft';
import { Section } from './Section';
import { useWorkspace } from '../../state/workspace';

const TYPE_OPTIONS = RELEASE_TYPES.map((t) => ({ value: t, label: RELEASE_TYPE_LABELS[t] }));
const STATUS_OPTIONS = RELEASE_STATUSES.map((s) => ({ value: s, label: RELEASE_STATUS_LABELS[s] }));
const FINISHED = new Set<ReleaseDraft['status']>(['done', 'rolled-back', 'failed', 'cancelled']);

export interface SectionProps {
  draft: ReleaseDraft;
  update(patch: Partial<ReleaseDraft>): void;
  errors: Problems;
}

/** Title, type, status, train, requester and approvers. */
export function BasicsSection({ draft, update, errors }: SectionProps) {
  const releases = useWorkspace((s) => s.plan.releases);
  const { trains, people } = useMemo(() => {
    const sorted = (items: Iterable<string>) => [...new Set(items)].filter(Boolean).sort((a, b) => a.localeCompare(b));
    return { trains: sorted(releases.map((r) => r.train)), people: sorted(releases.flatMap((r) => [r.requester, ...r.approvers])) };
  }, [releases]);
  const requester = draft.requester.trim().toLowerCase();
  const selfApproval = requester !== '' && [...draft.approvers, draft.approverText].some((a) => a.trim().toLowerCase() === requester);

  return (
    <Section title="Basics">
      <div className="form-grid">
        <TextField className="span-2" label="Title" value={draft.title} onChange={(title) => update({ title })} error={errors.title} autoFocus placeholder="e.g. Manhattan WMS 2025.3 upgrade" />
        <SelectField label="Type" value={draft.type} onChange={(type) => update({ type })} options={TYPE_OPTIONS} error={errors.type} />
        <SelectField label="Status" value={draft.status} onChange={(status) => update({ status })} options={STATUS_OPTIONS} error={errors.status} />
        <TextField label="Release train" value={draft.train} onChange={(train) => update({ train })} error={errors.train} list="re-trains" hint="Optional, e.g. WMS quarterly." />
        <TextField label="Requester" value={draft.requester} onChange={(value) => update({ requester: value })} error={errors.requester} list="re-people" />
        <ApproverChips
          names={draft.approvers}
          text={draft.approverText}
          onChange={(approvers, approverText) => update({ approvers, approverText })}
          error={errors.approvers}
          warning={selfApproval ? `${draft.requester.trim()} requested this release and cannot approve it too.` : null}
          listId="re-people"
        />
        {FINISHED.has(draft.status) || draft.outcome ? (
          <TextField className="span-2" label="Outcome" multiline value={draft.outcome} onChange={(outcome) => update({ outcome })} error={errors.outcome} hint="What happened, for the next change on these services." />
        ) : null}
      </div>
      <datalist id="re-trains">
        {trains.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <datalist id="re-people">
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
    </Section>
  );
}
