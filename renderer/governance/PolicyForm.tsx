import { useId, useState, type FormEvent } from 'react';
import type { ApprovalPolicy, ApprovalRule, PolicyInput } from '../../shared/model/governance';
import { ROLE_LABELS, ROLES, type Role } from '../../shared/model/governance-enums';
import { write } from '../state/writes';
import { FormError } from '../ui/Field';

type Tier = PolicyInput['tier'];
interface RuleDraft { approvers: string; roles: Role[] }

const NONE: ApprovalRule = { approvers: 1, roles: [] };
const ruleDraft = (rule: ApprovalRule): RuleDraft => ({ approvers: String(rule.approvers), roles: [...rule.roles] });

/** One change type's rule: how many distinct approvers, and which roles must be among them. */
function RuleFields({ legend, value, onChange }: { legend: string; value: RuleDraft; onChange(next: RuleDraft): void }) {
  const id = useId();
  const toggle = (role: Role, on: boolean) => onChange({ ...value, roles: on ? ROLES.filter((r) => r === role || value.roles.includes(r)) : value.roles.filter((r) => r !== role) });
  return (
    <fieldset className="gov-rule">
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={id}>Approvers</label>
        <input id={id} type="number" min={0} max={5} step={1} inputMode="numeric" value={value.approvers} onChange={(e) => onChange({ ...value, approvers: e.target.value })} />
      </div>
      <fieldset className="gov-roles">
        <legend>Required roles</legend>
        {ROLES.map((role) => (
          <label key={role} className="gov-check">
            <input type="checkbox" checked={value.roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
            {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}

/** One tier's policy, saved on its own; the host refuses anyone but a change manager, and the reason shows here. */
export function PolicyForm({ tier, policy }: { tier: Tier; policy: ApprovalPolicy | null }) {
  const kindsId = useId();
  const [normal, setNormal] = useState(() => ruleDraft(policy?.normal ?? NONE));
  const [emergency, setEmergency] = useState(() => ruleDraft(policy?.emergency ?? NONE));
  const [kinds, setKinds] = useState(() => (policy?.standardKinds ?? []).join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const rule = (d: RuleDraft) => ({ approvers: Number(d.approvers.trim() || 'NaN'), roles: d.roles });
    const input = { tier, normal: rule(normal), emergency: rule(emergency), standardKinds: kinds.split('\n').map((k) => k.trim()).filter(Boolean) };
    if (![input.normal, input.emergency].every((r) => Number.isInteger(r.approvers) && r.approvers >= 0 && r.approvers <= 5)) {
      return setError('Approvers is a whole number from 0 to 5.');
    }
    setBusy(true);
    const result = await write('policy.update', input, () => `Saved the approval policy for tier ${tier}.`);
    setBusy(false);
    setError(result.ok ? null : result.error.message);
  }

  const name = `Tier ${tier} policy`;
  return (
    <form className="gov-card gov-policy" aria-label={name} onSubmit={(e) => void save(e)} noValidate>
      <h4>{name}</h4>
      <FormError message={error} />
      <div className="gov-policy-grid">
        <RuleFields legend="Normal changes" value={normal} onChange={setNormal} />
        <RuleFields legend="Emergency (approved afterwards)" value={emergency} onChange={setEmergency} />
        <div className="field gov-kinds">
          <label htmlFor={kindsId}>Standard change kinds</label>
          <textarea id={kindsId} rows={5} value={kinds} aria-describedby={`${kindsId}-hint`} onChange={(e) => setKinds(e.target.value)} />
          <p id={`${kindsId}-hint`} className="field-hint">One per line: pre-approved, they need no approver.</p>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>{`Save tier ${tier} policy`}</button>
      </div>
    </form>
  );
}
