import { useId, useState, type FormEvent } from 'react';
import { samePerson } from '../../shared/engine/governance/approval-status';
import { ROLE_LABELS, ROLES, type Role } from '../../shared/model/governance-enums';
import type { Profile } from '../../shared/model/governance';
import { useActing } from '../state/acting';
import { useWorkspace } from '../state/workspace';
import { write } from '../state/writes';
import { FormError, SelectField, TextField } from '../ui/Field';
import { formErrors, NO_ERRORS, type FormErrors } from '../ui/form-errors';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
interface ProfileForm { name: string; role: Role; team: string }
const EMPTY: ProfileForm = { name: '', role: 'engineering', team: '' };

/** The workspace's profiles: a table, and one form that adds a profile or edits the chosen one. */
export function ProfilesSection() {
  const headingId = useId();
  const profiles = useWorkspace((s) => s.governance.profiles);
  const sorted = [...profiles].sort((a, b) => a.name.localeCompare(b.name));
  const [editing, setEditing] = useState<Profile | null>(null);
  const [form, setForm] = useState<ProfileForm>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [deleting, setDeleting] = useState<Profile | null>(null);
  const [busy, setBusy] = useState(false);

  function edit(profile: Profile | null) {
    setEditing(profile);
    setForm(profile ? { name: profile.name, role: profile.role, team: profile.team } : EMPTY);
    setErrors(NO_ERRORS);
    setDeleting(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = editing
      ? await write('profile.update', { ...form, id: editing.id }, (p) => `Saved profile ${p.name}.`)
      : await write('profile.create', form, (p) => `Added profile ${p.name}.`);
    setBusy(false);
    if (!result.ok) return setErrors(formErrors(result.error));
    // Renaming the acting profile keeps acting as it.
    const acting = useActing.getState();
    if (editing && acting.name && samePerson(acting.name, editing.name)) acting.choose(result.value.name);
    edit(null);
  }

  async function remove(profile: Profile) {
    setBusy(true);
    const result = await write('profile.delete', { id: profile.id }, () => `Deleted profile ${profile.name}.`);
    setBusy(false);
    setDeleting(null);
    if (!result.ok) return setErrors(formErrors(result.error));
    if (editing?.id === profile.id) edit(null);
  }

  return (
    <section className="gov-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Profiles</h3>
      {deleting ? (
        <div role="alertdialog" aria-label="Confirm delete profile" className="confirm-box">
          <p>
            Delete the profile <strong>{deleting.name}</strong>? Their past approvals and audit entries keep the name.
          </p>
          <div className="button-row">
            <button type="button" className="button danger" disabled={busy} onClick={() => void remove(deleting)}>
              Delete profile
            </button>
            <button type="button" className="button" data-autofocus onClick={() => setDeleting(null)}>
              Keep
            </button>
          </div>
        </div>
      ) : null}
      {sorted.length === 0 ? (
        <p className="re-empty">No profiles yet. Add the people who request and approve changes.</p>
      ) : (
        <div className="table-wrap gov-table-wrap">
          <table className="table" aria-label="Profiles">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Team</th>
                <th scope="col" className="actions-col"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((p) => (
                <tr key={p.id} aria-current={editing?.id === p.id ? 'true' : undefined}>
                  <td>{p.name}</td>
                  <td>{ROLE_LABELS[p.role]}</td>
                  <td className="muted">{p.team || '—'}</td>
                  <td className="row-actions">
                    <button type="button" className="button small" aria-label={`Edit profile ${p.name}`} onClick={() => edit(p)}>Edit</button>
                    <button type="button" className="button small danger-ghost" aria-label={`Delete profile ${p.name}`} onClick={() => setDeleting(p)}>Delete</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="gov-card" onSubmit={(e) => void save(e)} noValidate aria-label={editing ? `Edit profile ${editing.name}` : 'Add profile'}>
        <h4>{editing ? `Edit ${editing.name}` : 'Add a profile'}</h4>
        <FormError message={errors.message} />
        <div className="gov-profile-fields">
          <TextField label="Name" value={form.name} onChange={(name) => setForm({ ...form, name })} error={errors.fields.name} />
          <SelectField label="Role" value={form.role} onChange={(role) => setForm({ ...form, role })} options={ROLE_OPTIONS} error={errors.fields.role} />
          <TextField label="Team" value={form.team} onChange={(team) => setForm({ ...form, team })} error={errors.fields.team} />
        </div>
        <div className="button-row">
          <button type="submit" className="button primary" disabled={busy}>{editing ? 'Save profile' : 'Add profile'}</button>
          {editing ? <button type="button" className="button" onClick={() => edit(null)}>Cancel edit</button> : null}
        </div>
      </form>
    </section>
  );
}
