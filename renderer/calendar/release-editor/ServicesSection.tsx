import { useRef, useState } from 'react';
import { CHANGE_HOWS } from '../../../shared/model/plan-enums';
import { ServicePicker } from '../../catalog/ServicePicker';
import { TierBadge } from '../../ui/Badges';
import { FormError } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import type { SectionProps } from './BasicsSection';
import { HOW_LABELS } from '../release-labels';
import type { ChangeHow } from './release-draft';
import { Section, sectionError } from './Section';
import { useWorkspace } from '../../state/workspace';

/** The services the release changes, each with how: code, schema, config or infra. */
export function ServicesSection({ draft, update, errors }: SectionProps) {
  const byId = useWorkspace((s) => s.index.serviceById);
  const [notice, setNotice] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const services = draft.services;
  const nameOf = (id: number) => byId.get(id)?.name ?? `Service #${id} (no longer in the catalog)`;

  function add(id: number | null) {
    if (id === null) return;
    if (services.some((s) => s.serviceId === id)) return setNotice(`${nameOf(id)} is already listed.`);
    setNotice(null);
    update({ services: [...services, { serviceId: id, how: 'code' }] });
  }

  function setHow(index: number, how: ChangeHow) {
    update({ services: services.map((s, i) => (i === index ? { ...s, how } : s)) });
  }

  function remove(index: number) {
    update({ services: services.filter((_, i) => i !== index) });
    setNotice(null);
    // Focus goes to the next row's remove button, or back to the picker.
    requestAnimationFrame(() => {
      const buttons = rootRef.current?.querySelectorAll<HTMLElement>('.re-remove');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      (next ?? rootRef.current?.querySelector<HTMLElement>('input[role="combobox"]'))?.focus();
    });
  }

  return (
    <Section title="Services touched" aside={<span className="re-count">{services.length}</span>}>
      <div ref={rootRef} className="re-stack">
        <ServicePicker label="Add service" value={null} onChange={add} hint="Type to search the catalog; Enter or a click adds it." />
        {notice ? <p className="field-hint" role="status">{notice}</p> : null}
        <FormError message={sectionError(errors, 'services') ?? null} />
        {services.length === 0 ? (
          <p className="re-empty">No services yet. The blast radius, risk and conflicts follow the services you add.</p>
        ) : (
          <table className="re-table">
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Tier</th>
                <th scope="col">How</th>
                <th scope="col"><span className="sr-only">Remove</span></th>
              </tr>
            </thead>
            <tbody>
              {services.map((s, i) => {
                const service = byId.get(s.serviceId);
                const name = nameOf(s.serviceId);
                return (
                  <tr key={s.serviceId}>
                    <td className="re-name">{name}</td>
                    <td>{service ? <TierBadge tier={service.tier} /> : null}</td>
                    <td>
                      <select className="control re-select" aria-label={`How ${name} changes`} value={s.how} onChange={(e) => setHow(i, e.target.value as ChangeHow)}>
                        {CHANGE_HOWS.map((h) => (
                          <option key={h} value={h}>{HOW_LABELS[h]}</option>
                        ))}
                      </select>
                    </td>
                    <td className="re-cell-action">
                      <button type="button" className="icon-button re-remove" aria-label={`Remove ${name}`} title="Remove" onClick={() => remove(i)}>
                        <Icon name="close" size={14} />
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </Section>
  );
}
