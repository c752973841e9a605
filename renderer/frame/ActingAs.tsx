import { useEffect, useId } from 'react';
import { samePerson } from '../../shared/engine/governance/approval-status';
import { ROLE_LABELS } from '../../shared/model/governance-enums';
import { useActing } from '../state/acting';
import { openDialog } from '../state/dialogs';
import { useWorkspace } from '../state/workspace';
import { Icon } from '../ui/Icon';

/**
 * Who is acting: every call carries this profile, the host records it and checks approvals against it.
 * With none chosen, writes are recorded as the host user and approvals are refused by the host.
 */
export function ActingAs() {
  const id = useId();
  const name = useActing((s) => s.name);
  const choose = useActing((s) => s.choose);
  const profiles = useWorkspace((s) => s.governance.profiles);
  const ready = useWorkspace((s) => s.status === 'ready');
  const current = name ? profiles.find((p) => samePerson(p.name, name)) : undefined;

  // A remembered profile that was deleted or renamed is forgotten, so writes are not recorded under a stranger's name.
  useEffect(() => {
    if (ready && name && !current) choose(undefined);
  }, [ready, name, current, choose]);

  const sorted = [...profiles].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="acting-as">
      <label htmlFor={id} className="workspace-label">Acting as</label>
      <select
        id={id}
        className={`control acting-select ${current ? '' : 'unchosen'}`}
        value={current?.name ?? ''}
        title={current ? `${current.name} · ${ROLE_LABELS[current.role]}${current.team ? ` · ${current.team}` : ''}` : 'Writes are recorded as the host user; approvals need a profile.'}
        onChange={(e) => choose(e.target.value || undefined)}
      >
        <option value="">Choose who you are</option>
        {sorted.map((p) => (
          <option key={p.id} value={p.name}>{`${p.name} · ${ROLE_LABELS[p.role]}`}</option>
        ))}
      </select>
      <button type="button" className="button ghost" aria-label="Profiles & approval policy" title="Profiles & approval policy" onClick={() => openDialog({ type: 'profiles' })}>
        <Icon name="users" />
        <span>Profiles</span>
      </button>
    </div>
  );
}
