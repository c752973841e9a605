import { useMemo } from 'react';
import { TextField } from '../../ui/Field';
import type { Problems, ReleaseDraft } from './release-draft';
import { Section } from './Section';
import { useWorkspace } from '../../state/workspace';

export interface SectionProps {
  draft: ReleaseDraft;
  update(patch: Partial<ReleaseDraft>): void;
  errors: Problems;
}

/** Title, train and requester; type, status and approvals are change control's. */
export function BasicsSection({ draft, update, errors }: SectionProps) {
  const releases = useWorkspace((s) => s.plan.releases);
  const profiles = useWorkspace((s) => s.governance.profiles);
  const { trains, people } = useMemo(() => {
    const sorted = (items: Iterable<string>) => [...new Set(items)].filter(Boolean).sort((a, b) => a.localeCompare(b));
    return { trains: sorted(releases.map((r) => r.train)), people: sorted([...profiles.map((p) => p.name), ...releases.map((r) => r.requester)]) };
  }, [releases, profiles]);

  return (
    <Section title="Basics">
      <div className="form-grid">
        <TextField className="span-2" label="Title" value={draft.title} onChange={(title) => update({ title })} error={errors.title} autoFocus placeholder="e.g. Manhattan WMS 2025.3 upgrade" />
        <TextField label="Release train" value={draft.train} onChange={(train) => update({ train })} error={errors.train} list="re-trains" hint="Optional, e.g. WMS quarterly." />
        <TextField label="Requester" value={draft.requester} onChange={(value) => update({ requester: value })} error={errors.requester} list="re-people" hint="Never one of its approvers." />
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
