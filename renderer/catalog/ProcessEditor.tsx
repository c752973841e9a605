import { useState } from 'react';
import type { BusinessProcess } from '../../shared/model/catalog';
import { closeDialog } from '../state/dialogs';
import { write } from '../state/writes';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/Field';
import { formErrors, NO_ERRORS } from '../ui/form-errors';
import { EditorForm } from './EditorForm';

export function ProcessEditor({ process }: { process: BusinessProcess | null }) {
  const [name, setName] = useState(process?.name ?? '');
  const [description, setDescription] = useState(process?.description ?? '');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    const result = process
      ? await write('process.update', { id: process.id, name, description }, (p) => `Saved business process ${p.name}.`)
      : await write('process.create', { name, description }, (p) => `Added business process ${p.name}.`);
    setSaving(false);
    if (!result.ok) return setErrors(formErrors(result.error));
    closeDialog();
  }

  return (
    <Dialog title={process ? `Edit business process ${process.name}` : 'Add business process'} onClose={closeDialog} size="small">
      <EditorForm onSave={() => void save()} saving={saving} message={errors.message}>
        <div className="form-grid single">
          <TextField label="Name" value={name} onChange={setName} error={errors.fields.name} autoFocus hint="For example Order capture or Pick-pack-ship." />
          <TextField label="Description" multiline value={description} onChange={setDescription} error={errors.fields.description} />
        </div>
      </EditorForm>
    </Dialog>
  );
}
