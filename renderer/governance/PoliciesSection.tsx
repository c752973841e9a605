import { useId } from 'react';
import { ROLE_LABELS } from '../../shared/model/governance-enums';
import { useActingProfile } from '../state/acting';
import { useWorkspace } from '../state/workspace';
import { PolicyForm } from './PolicyForm';

const TIERS = [1, 2, 3] as const;

/** Each service tier's approval policy; a release follows the policy of the most critical service it changes. */
export function PoliciesSection() {
  const headingId = useId();
  const policies = useWorkspace((s) => s.governance.policies);
  const actor = useActingProfile();
  return (
    <section className="gov-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Approval policy per service tier</h3>
      <p className="field-hint">
        A release follows the policy of the most critical service it changes. The requester never approves their own change. Only a change manager can change a policy
        {actor ? `; you act as ${actor.name} (${ROLE_LABELS[actor.role]}).` : '; choose who you are under “Acting as”.'}
      </p>
      {TIERS.map((tier) => {
        const policy = policies.find((p) => p.tier === tier);
        // The form starts again from the stored policy whenever it changes (a save, an undo, another window).
        return <PolicyForm key={`${tier}:${JSON.stringify(policy ?? null)}`} tier={tier} policy={policy ?? null} />;
      })}
    </section>
  );
}
