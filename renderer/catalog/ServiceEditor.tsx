import { useState } from 'react';
import type { Service } from '../../shared/model/catalog';
import { HOSTINGS, SERVICE_KIND_LABELS, SERVICE_KINDS, type Hosting, type ServiceKind } from '../../shared/model/enums';
import { closeDialog } from '../state/dialogs';
import { useUi } from '../state/ui';
import { write } from '../state/writes';
import { Dialog } from '../ui/Dialog';
import { CheckList, SelectField, TextField } from '../ui/Field';
import { formErrors, NO_ERRORS } from '../ui/form-errors';
import { HOSTING_LABELS } from '../ui/format';
import { EditorForm } from './EditorForm';
import { useWorkspace } from '../state/workspace';

interface Draft {
  name: string;
  kind: ServiceKind;
  tier: '1' | '2' | '3';
  ownerTeam: string;
  hosting: Hosting;
  siteIds: number[];
  processIds: number[];
  rto: string;
  rpo: string;
  description: string;
}

const blank: Draft = { name: '', kind: 'integration', tier: '2', ownerTeam: '', hosting: 'cloud', siteIds: [], processIds: [], rto: '', rpo: '', description: '' };

const toDraft = (s: Service | null): Draft =>
  s === null
    ? blank
    : { ...s, tier: String(s.tier) as Draft['tier'], rto: s.rtoMinutes === null ? '' : String(s.rtoMinutes), rpo: s.rpoMinutes === null ? '' : String(s.rpoMinutes) };

/** Empty means "not set"; anything else goes to the API as typed, which names what is wrong with it. */
const minutes = (text: string): number | null => (text.trim() === '' ? null : Number(text));

const TIER_OPTIONS = [
  { value: '1', label: '1 · Fulfilment-critical' },
  { value: '2', label: '2 · Important' },
  { value: '3', label: '3 · Supporting' },
] as const;
const KIND_OPTIONS = SERVICE_KINDS.map((k) => ({ value: k, label: SERVICE_KIND_LABELS[k] }));
const HOSTING_OPTIONS = HOSTINGS.map((h) => ({ value: h, label: HOSTING_LABELS[h] }));

export function ServiceEditor({ service }: { service: Service | null }) {
  const sites = useWorkspace((s) => s.catalog.sites);
  const processes = useWorkspace((s) => s.catalog.processes);
  const [draft, setDraft] = useState(() => toDraft(service));
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const e = errors.fields;

  async function save() {
    setSaving(true);
    const input = {
      name: draft.name,
      kind: draft.kind,
      tier: Number(draft.tier) as 1 | 2 | 3,
      ownerTeam: draft.ownerTeam,
      hosting: draft.hosting,
      siteIds: draft.siteIds,
      processIds: draft.processIds,
      rtoMinutes: minutes(draft.rto),
      rpoMinutes: minutes(draft.rpo),
      description: draft.description,
    };
    const result = service
      ? await write('service.update', { ...input, id: service.id }, (s) => `Saved service ${s.name}.`)
      : await write('service.create', input, (s) => `Added service ${s.name}.`);
    setSaving(false);
    if (!result.ok) return setErrors(formErrors(result.error));
    closeDialog();
    useUi.getState().selectService(result.value.id);
  }

  return (
    <Dialog title={service ? `Edit service ${service.name}` : 'Add service'} onClose={closeDialog} size="large">
      <EditorForm onSave={() => void save()} saving={saving} message={errors.message}>
        <div className="form-grid">
          <TextField className="span-2" label="Name" value={draft.name} onChange={set('name')} error={e.name} autoFocus />
          <SelectField label="Kind" value={draft.kind} onChange={set('kind')} options={KIND_OPTIONS} error={e.kind} />
          <SelectField label="Tier" value={draft.tier} onChange={set('tier')} options={TIER_OPTIONS} error={e.tier} />
          <TextField label="Owner team" value={draft.ownerTeam} onChange={set('ownerTeam')} error={e.ownerTeam} />
          <SelectField label="Hosting" value={draft.hosting} onChange={set('hosting')} options={HOSTING_OPTIONS} error={e.hosting} />
          <TextField label="RTO (minutes)" type="number" inputMode="numeric" value={draft.rto} onChange={set('rto')} error={e.rtoMinutes} hint="How long it may be down. Leave empty if not agreed." />
          <TextField label="RPO (minutes)" type="number" inputMode="numeric" value={draft.rpo} onChange={set('rpo')} error={e.rpoMinutes} hint="How much data it may lose. Leave empty if not agreed." />
          <CheckList
            label="Sites served"
            items={sites.map((s) => ({ id: s.id, label: s.name, meta: s.timeZone }))}
            selected={draft.siteIds}
            onChange={set('siteIds')}
            error={e.siteIds}
            empty="No sites yet. Add sites on the Sites tab."
          />
          <CheckList
            label="Business processes"
            items={processes.map((p) => ({ id: p.id, label: p.name }))}
            selected={draft.processIds}
            onChange={set('processIds')}
            error={e.processIds}
            empty="No business processes yet. Add them on the Business processes tab."
          />
          <TextField className="span-2" label="Description" multiline value={draft.description} onChange={set('description')} error={e.description} />
        </div>
      </EditorForm>
    </Dialog>
  );
}
