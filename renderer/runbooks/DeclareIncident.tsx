import { useState, type FormEvent } from 'react';
import { COMMANDER_ROLE, INCIDENT_SEVERITIES } from '../../shared/model/ops-enums';
import type { Incident } from '../../shared/model/ops';
import { ServiceChips } from '../catalog/ServiceChips';
import { Dialog } from '../ui/Dialog';
import { FormError, SelectField, TextField } from '../ui/Field';
import { formErrors, NO_ERRORS, type FormErrors } from '../ui/form-errors';
import { write } from '../state/writes';
import { useWorkspace } from '../state/workspace';
import { fromUtcInput, toUtcInput } from './ops-format';
import { useOpsView } from './ops-view';

type Severity = (typeof INCIDENT_SEVERITIES)[number];

/** "Role: Name" per line, for the roles beyond the three named ones. */
function parseOtherRoles(text: string): { roles: { role: string; name: string }[]; bad: number | null } {
  const roles: { role: string; name: string }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const m = /^([^:]+):\s*(.+)$/.exec(line);
    if (!m) return { roles, bad: i + 1 };
    roles.push({ role: m[1]!.trim(), name: m[2]!.trim() });
  }
  return { roles, bad: null };
}

const NAMED_ROLES = [COMMANDER_ROLE, 'Scribe', 'Communications liaison'].map((r) => r.toLowerCase());
const holder = (incident: Incident | null, role: string) => incident?.roles.find((r) => r.role.toLowerCase() === role.toLowerCase())?.name ?? '';

/**
 * Declare an incident (what fails, how bad, who leads, when the impact began), or edit one: every
 * change of who holds a role becomes a timeline entry.
 */
export function DeclareIncident({ onClose, incident = null }: { onClose(): void; incident?: Incident | null }) {
  const releases = useWorkspace((s) => s.plan.releases);
  const show = useOpsView((s) => s.show);
  const [title, setTitle] = useState(incident?.title ?? '');
  const [severity, setSeverity] = useState<Severity>(incident?.severity ?? 'SEV2');
  const [serviceIds, setServiceIds] = useState<number[]>(incident?.serviceIds ?? []);
  const [releaseId, setReleaseId] = useState(incident?.releaseId == null ? '' : String(incident.releaseId));
  const [commander, setCommander] = useState(holder(incident, COMMANDER_ROLE));
  const [scribe, setScribe] = useState(holder(incident, 'Scribe'));
  const [liaison, setLiaison] = useState(holder(incident, 'Communications liaison'));
  const [others, setOthers] = useState(() => (incident?.roles ?? []).filter((r) => !NAMED_ROLES.includes(r.role.toLowerCase())).map((r) => `${r.role}: ${r.name}`).join('\n'));
  const [impact, setImpact] = useState(incident?.impactStartedAt ? toUtcInput(incident.impactStartedAt) : '');
  const [summary, setSummary] = useState(incident?.summary ?? '');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const other = parseOtherRoles(others);
    const impactAt = impact.trim() ? fromUtcInput(impact) : null;
    const local: Record<string, string> = {};
    if (other.bad !== null) local.others = `Line ${other.bad}: write one role per line as "Role: Name".`;
    if (impact.trim() && !impactAt) local.impactStartedAt = 'Give a date and time (UTC).';
    if (!commander.trim()) local.roles = `Name the ${COMMANDER_ROLE.toLowerCase()}.`;
    if (Object.keys(local).length) {
      setErrors({ message: 'Check the highlighted fields.', fields: local });
      return;
    }
    const roles = [
      { role: COMMANDER_ROLE, name: commander.trim() },
      ...(scribe.trim() ? [{ role: 'Scribe', name: scribe.trim() }] : []),
      ...(liaison.trim() ? [{ role: 'Communications liaison', name: liaison.trim() }] : []),
      ...other.roles,
    ];
    setBusy(true);
    const input = { title, severity, summary, serviceIds, releaseId: releaseId ? Number(releaseId) : null, roles, impactStartedAt: impactAt };
    const result = incident
      ? await write('incident.update', { ...input, id: incident.id }, (i) => `Saved ${i.title}.`)
      : await write('incident.create', input, (i) => `Declared ${i.severity} ${i.title}.`);
    setBusy(false);
    if (!result.ok) {
      setErrors(formErrors(result.error));
      return;
    }
    onClose();
    if (!incident) show({ kind: 'incident', id: result.value.id });
  }

  const f = errors.fields;
  return (
    <Dialog title={incident ? 'Edit incident' : 'Declare incident'} onClose={onClose} size="large">
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="dialog-body">
          <FormError message={errors.message} />
          <div className="form-grid">
            <TextField label="Title" value={title} onChange={setTitle} error={f.title} autoFocus placeholder="e.g. WMS Central down, DCs cannot release waves" />
            <SelectField<Severity> label="Severity" value={severity} onChange={setSeverity} options={INCIDENT_SEVERITIES.map((s) => ({ value: s, label: s }))} hint="SEV1: fulfilment stopped; SEV4: minor." />
          </div>
          <div className="field">
            <ServiceChips
              label="Add a failing service" listLabel="Failing services" value={serviceIds} onChange={setServiceIds} error={f.serviceIds}
              hint="Pick each service that fails; the blast radius follows from them." empty="None yet."
            />
          </div>
          <div className="form-grid">
            <SelectField
              label="Caused by release (optional)"
              value={releaseId}
              onChange={setReleaseId}
              error={f.releaseId}
              options={[{ value: '', label: 'Not known / none' }, ...[...releases].sort((a, b) => a.title.localeCompare(b.title)).map((r) => ({ value: String(r.id), label: r.title }))]}
            />
            <div className="field">
              <label htmlFor="impact-start">Impact began (UTC, optional)</label>
              <input id="impact-start" type="datetime-local" className="control" value={impact} onChange={(e) => setImpact(e.target.value)} aria-invalid={f.impactStartedAt ? true : undefined} aria-describedby="impact-hint" />
              <p id="impact-hint" className="field-hint">If earlier than now: time to detect counts from here.</p>
              {f.impactStartedAt ? <p className="field-error">{f.impactStartedAt}</p> : null}
            </div>
          </div>
          <fieldset className="field">
            <legend>Roles</legend>
            <div className="form-grid">
              <TextField label={`${COMMANDER_ROLE} (required)`} value={commander} onChange={setCommander} error={f.roles} />
              <TextField label="Scribe" value={scribe} onChange={setScribe} />
              <TextField label="Communications liaison" value={liaison} onChange={setLiaison} />
              <TextField label="Other roles" multiline value={others} onChange={setOthers} error={f.others} hint='One per line: "DBA: Mei".' />
            </div>
          </fieldset>
          <TextField label="Summary (optional)" multiline value={summary} onChange={setSummary} />
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary" disabled={busy}>{incident ? 'Save' : 'Declare incident'}</button>
        </footer>
      </form>
    </Dialog>
  );
}
