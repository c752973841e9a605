import { useId, useMemo, useState } from 'react';
import type { Site } from '../../shared/model/catalog';
import { SITE_KIND_LABELS, SITE_KINDS, type SiteKind } from '../../shared/model/enums';
import { closeDialog } from '../state/dialogs';
import { write } from '../state/writes';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextField } from '../ui/Field';
import { formErrors, NO_ERRORS } from '../ui/form-errors';
import { timeZones, utcOffset } from '../ui/format';
import { EditorForm } from './EditorForm';
import { useWorkspace } from '../state/workspace';

const KIND_OPTIONS = SITE_KINDS.map((k) => ({ value: k, label: SITE_KIND_LABELS[k] }));

export function SiteEditor({ site }: { site: Site | null }) {
  const sites = useWorkspace((s) => s.catalog.sites);
  const [name, setName] = useState(site?.name ?? '');
  const [region, setRegion] = useState(site?.region ?? '');
  const [timeZone, setTimeZone] = useState(site?.timeZone ?? '');
  const [kind, setKind] = useState<SiteKind>(site?.kind ?? 'dc');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const zonesId = useId();
  const regionsId = useId();
  const zones = useMemo(() => timeZones(), []);
  const regions = useMemo(() => [...new Set(sites.map((s) => s.region))].sort(), [sites]);
  const offset = zones.includes(timeZone) ? `Now ${utcOffset(timeZone)}.` : 'An IANA name, for example Europe/Berlin or America/Chicago.';

  async function save() {
    setSaving(true);
    const input = { name, region, timeZone, kind };
    const result = site
      ? await write('site.update', { ...input, id: site.id }, (s) => `Saved site ${s.name}.`)
      : await write('site.create', input, (s) => `Added site ${s.name}.`);
    setSaving(false);
    if (!result.ok) return setErrors(formErrors(result.error));
    closeDialog();
  }

  return (
    <Dialog title={site ? `Edit site ${site.name}` : 'Add site'} onClose={closeDialog} size="small">
      <EditorForm onSave={() => void save()} saving={saving} message={errors.message}>
        <div className="form-grid single">
          <TextField label="Name" value={name} onChange={setName} error={errors.fields.name} autoFocus />
          <SelectField<SiteKind> label="Kind" value={kind} onChange={setKind} options={KIND_OPTIONS} error={errors.fields.kind} />
          <TextField label="Region" value={region} onChange={setRegion} list={regionsId} error={errors.fields.region} hint="For example EMEA North or US Central." />
          <TextField label="Time zone" value={timeZone} onChange={setTimeZone} list={zonesId} error={errors.fields.timeZone} hint={offset} />
        </div>
        <datalist id={regionsId}>
          {regions.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <datalist id={zonesId}>
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </EditorForm>
    </Dialog>
  );
}
