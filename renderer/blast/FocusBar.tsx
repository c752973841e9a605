import { useMemo } from 'react';
import { SERVICE_KIND_LABELS } from '../../shared/model/enums';
import type { Catalog } from '../../shared/model/catalog';
import type { Plan } from '../../shared/model/plan';
import { Icon } from '../ui/Icon';
import { useBlast } from './blast-store';
import { Combobox, type ComboOption } from './Combobox';

/** Everything one can focus on: services (added to the focus), a site, or a release (each replaces it). */
function focusOptions(catalog: Catalog, plan: Plan): ComboOption[] {
  const byName = (a: ComboOption, b: ComboOption) => a.label.localeCompare(b.label);
  return [
    ...catalog.services.map((s) => ({ key: `service-${s.id}`, label: s.name, meta: `${SERVICE_KIND_LABELS[s.kind]} · Tier ${s.tier}` })).sort(byName),
    ...catalog.sites.map((s) => ({ key: `site-${s.id}`, label: s.name, meta: `Site · ${s.timeZone}` })).sort(byName),
    ...plan.releases.filter((r) => r.services.length > 0).map((r) => ({ key: `release-${r.id}`, label: r.title, meta: `Release · ${r.status}` })).sort(byName),
  ];
}

/** The focus: a picker and the chosen items as removable chips. */
export function FocusBar({ catalog, plan }: { catalog: Catalog; plan: Plan }) {
  const focus = useBlast((s) => s.focus);
  const mode = useBlast((s) => s.mode);
  const failingIds = useBlast((s) => s.failingIds);
  const options = useMemo(() => focusOptions(catalog, plan), [catalog, plan]);
  const names = useMemo(() => new Map(catalog.services.map((s) => [s.id, s.name])), [catalog]);
  const { setFocus, toggleFailing } = useBlast.getState();

  function pick(option: ComboOption) {
    const [kind, raw] = option.key.split('-') as ['service' | 'site' | 'release', string];
    const id = Number(raw);
    if (mode === 'incident') {
      if (kind === 'service' && !failingIds.includes(id)) toggleFailing(id);
      return;
    }
    if (kind === 'site') setFocus({ kind: 'site', siteId: id });
    else if (kind === 'release') setFocus({ kind: 'release', releaseId: id });
    else setFocus({ kind: 'services', serviceIds: focus.kind === 'services' ? [...new Set([...focus.serviceIds, id])] : [id] });
  }

  const incident = mode === 'incident';
  const chips: Array<{ key: string; text: string; remove(): void }> = incident
    ? failingIds.map((id) => ({ key: `f${id}`, text: names.get(id) ?? `#${id}`, remove: () => toggleFailing(id) }))
    : focus.kind === 'services'
      ? focus.serviceIds.map((id) => ({ key: `s${id}`, text: names.get(id) ?? `#${id}`, remove: () => setFocus({ kind: 'services', serviceIds: focus.serviceIds.filter((x) => x !== id) }) }))
      : focus.kind === 'site'
        ? [{ key: 'site', text: `Site: ${catalog.sites.find((s) => s.id === focus.siteId)?.name ?? 'deleted site'}`, remove: () => setFocus({ kind: 'services', serviceIds: [] }) }]
        : [{ key: 'release', text: `Release: ${plan.releases.find((r) => r.id === focus.releaseId)?.title ?? 'deleted release'}`, remove: () => setFocus({ kind: 'services', serviceIds: [] }) }];

  return (
    <div className="blast-focus">
      <Combobox
        label={incident ? 'Mark a service failing' : 'Focus on'}
        placeholder={incident ? 'Type a service name' : 'Service, site or release'}
        options={incident ? options.filter((o) => o.key.startsWith('service-')) : options}
        onPick={pick}
      />
      <ul className="blast-chips" aria-label={incident ? 'Failing services' : 'Focus'}>
        {chips.map((chip) => (
          <li key={chip.key} className={incident ? 'chip failing' : 'chip'}>
            <span>{chip.text}</span>
            <button type="button" className="chip-remove" aria-label={`Remove ${chip.text}`} onClick={chip.remove}>
              <Icon name="close" size={12} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
