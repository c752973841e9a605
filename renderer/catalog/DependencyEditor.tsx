import { useState } from 'react';
import type { Dependency } from '../../shared/model/catalog';
import { DEPENDENCY_KIND_LABELS, DEPENDENCY_KINDS, type DependencyKind, type Strength } from '../../shared/model/enums';
import { requestDelete } from '../state/delete-flow';
import { closeDialog } from '../state/dialogs';
import { write } from '../state/writes';
import { Dialog } from '../ui/Dialog';
import { SelectField } from '../ui/Field';
import { formErrors, NO_ERRORS } from '../ui/form-errors';
import { EditorForm } from './EditorForm';
import { ServicePicker } from './ServicePicker';
import { useWorkspace } from '../state/workspace';

const KIND_OPTIONS = DEPENDENCY_KINDS.map((k) => ({ value: k, label: DEPENDENCY_KIND_LABELS[k] }));
const STRENGTH_TEXT: Record<Strength, string> = {
  hard: 'Hard: the service fails when the one it depends on fails',
  soft: 'Soft: the service degrades but keeps working',
};

function StrengthField({ value, onChange, error }: { value: Strength; onChange(s: Strength): void; error?: string | undefined }) {
  return (
    <fieldset className="field radios" aria-invalid={error ? true : undefined}>
      <legend>Strength</legend>
      {(['hard', 'soft'] as const).map((s) => (
        <label key={s} className="radio">
          <input type="radio" name="strength" value={s} checked={value === s} onChange={() => onChange(s)} />
          <span>{STRENGTH_TEXT[s]}</span>
        </label>
      ))}
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}

export function DependencyEditor({ dependency, fromId }: { dependency: Dependency | null; fromId?: number | undefined }) {
  const byId = useWorkspace((s) => s.index.serviceById);
  const [from, setFrom] = useState<number | null>(dependency?.fromId ?? fromId ?? null);
  const [to, setTo] = useState<number | null>(dependency?.toId ?? null);
  const [kind, setKind] = useState<DependencyKind>(dependency?.kind ?? 'sync-api');
  const [strength, setStrength] = useState<Strength>(dependency?.strength ?? 'hard');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const nameOf = (id: number | null) => (id === null ? '' : (byId.get(id)?.name ?? `#${id}`));
  const label = dependency ? `${nameOf(dependency.fromId)} → ${nameOf(dependency.toId)}` : '';

  async function save() {
    const missing: Record<string, string> = {};
    if (from === null) missing.fromId = 'Choose the service that depends on another';
    if (to === null) missing.toId = 'Choose the service it depends on';
    if (from === null || to === null) return setErrors({ message: 'Choose both services from the lists.', fields: missing });
    setSaving(true);
    const input = { fromId: from, toId: to, kind, strength };
    const done = (d: Dependency) => `${dependency ? 'Saved' : 'Added'} dependency ${nameOf(d.fromId)} → ${nameOf(d.toId)}.`;
    const result = dependency ? await write('dependency.update', { ...input, id: dependency.id }, done) : await write('dependency.create', input, done);
    setSaving(false);
    if (!result.ok) return setErrors(formErrors(result.error));
    closeDialog();
  }

  const remove = dependency ? (
    <button type="button" className="button danger-ghost" onClick={() => void requestDelete({ entity: 'dependency', id: dependency.id, name: label })}>
      Delete dependency
    </button>
  ) : null;

  return (
    <Dialog title={dependency ? `Edit dependency ${label}` : 'Add dependency'} onClose={closeDialog}>
      <EditorForm onSave={() => void save()} saving={saving} message={errors.message} extra={remove}>
        <div className="form-grid">
          <ServicePicker label="Service" value={from} onChange={setFrom} error={errors.fields.fromId} hint="The service that needs the other one." autoFocus={from === null} />
          <ServicePicker label="Depends on" value={to} onChange={setTo} error={errors.fields.toId} hint="The service it calls or reads from." autoFocus={from !== null} />
          <SelectField<DependencyKind> className="span-2" label="Kind" value={kind} onChange={setKind} options={KIND_OPTIONS} error={errors.fields.kind} />
          <div className="span-2">
            <StrengthField value={strength} onChange={setStrength} error={errors.fields.strength} />
          </div>
        </div>
      </EditorForm>
    </Dialog>
  );
}
