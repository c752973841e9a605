import { useId, useMemo, useState } from 'react';
import { SERVICE_KIND_LABELS, SERVICE_KINDS, type ServiceKind } from '../../../shared/model/enums';
import type { WindowInput } from '../../../shared/model/plan';
import { CheckList } from '../../ui/Field';
import { plural } from '../../../shared/text/plural';
import { useWorkspace } from '../../state/workspace';

type Scope = WindowInput['scope'];

const TIER_ITEMS = [
  { id: 1, label: 'Tier 1 · Fulfilment-critical' },
  { id: 2, label: 'Tier 2 · Important' },
  { id: 3, label: 'Tier 3 · Supporting' },
];
const KIND_ITEMS = SERVICE_KINDS.map((k, i) => ({ id: i + 1, label: SERVICE_KIND_LABELS[k] }));
const MAX_SERVICES_SHOWN = 60;

/**
 * What the window covers: everything, or any mix of regions, sites, services, tiers and kinds.
 * The lists add up (a change matching any of them is covered).
 */
export function ScopeFields({ scope, onChange, error }: { scope: Scope; onChange(scope: Scope): void; error?: string | undefined }) {
  const id = useId();
  const sites = useWorkspace((s) => s.catalog.sites);
  const regions = useMemo(() => {
    const known = new Map<string, string>();
    for (const r of [...sites.map((s) => s.region), ...scope.regions]) if (r.trim() && !known.has(r.trim().toLowerCase())) known.set(r.trim().toLowerCase(), r.trim());
    return [...known.values()].sort((a, b) => a.localeCompare(b));
  }, [sites, scope.regions]);
  const set = <K extends keyof Scope>(key: K, value: Scope[K]) => onChange({ ...scope, [key]: value });
  const regionIds = scope.regions.map((r) => regions.findIndex((x) => x.toLowerCase() === r.trim().toLowerCase()) + 1).filter((i) => i > 0);

  return (
    <fieldset className="field we-scope span-2" aria-describedby={error ? `${id}-error` : `${id}-hint`} aria-invalid={error ? true : undefined}>
      <legend className="we-section-title">Scope</legend>
      <label className="radio we-all">
        <input type="checkbox" checked={scope.all} onChange={(e) => set('all', e.target.checked)} />
        <span>All sites and services</span>
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {scope.all ? 'Covers every change, at every site.' : 'A change is covered when it matches any of the lists below; they add up.'}
      </p>
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
      {scope.all ? null : (
        <div className="we-scope-grid">
          <CheckList
            label="Regions"
            items={regions.map((r, i) => ({ id: i + 1, label: r, meta: plural(sites.filter((s) => s.region.toLowerCase() === r.toLowerCase()).length, 'site') }))}
            selected={regionIds}
            onChange={(ids) => set('regions', ids.map((i) => regions[i - 1]!).filter(Boolean))}
            empty="No regions yet: give sites a region in the catalog."
          />
          <CheckList
            label="Sites"
            items={sites.map((s) => ({ id: s.id, label: s.name, meta: s.timeZone }))}
            selected={scope.siteIds}
            onChange={(ids) => set('siteIds', ids)}
            empty="No sites yet. Add sites in the catalog."
          />
          <ServiceChecklist selected={scope.serviceIds} onChange={(ids) => set('serviceIds', ids)} />
          <div className="we-scope-stack">
            <CheckList
              label="Service tiers"
              items={TIER_ITEMS}
              selected={scope.tiers}
              onChange={(ids) => set('tiers', ids.filter((t): t is 1 | 2 | 3 => t === 1 || t === 2 || t === 3))}
              empty=""
            />
            <CheckList
              label="Service kinds"
              items={KIND_ITEMS}
              selected={scope.kinds.map((k) => SERVICE_KINDS.indexOf(k) + 1)}
              onChange={(ids) => set('kinds', ids.map((i) => SERVICE_KINDS[i - 1]).filter((k): k is ServiceKind => k !== undefined))}
              empty=""
            />
          </div>
        </div>
      )}
    </fieldset>
  );
}

/**
 * Services as a checklist with a filter: the chosen ones first, then up to 60 matches, so a catalog
 * of 10,000 services stays quick to scroll and to search.
 */
function ServiceChecklist({ selected, onChange }: { selected: number[]; onChange(ids: number[]): void }) {
  const id = useId();
  const services = useWorkspace((s) => s.catalog.services);
  const byId = useWorkspace((s) => s.index.serviceById);
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const chosen = new Set(selected);
    const matches = [...services]
      .filter((s) => !chosen.has(s.id) && (q === '' || s.name.toLowerCase().includes(q)))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { chosen: selected.map((i) => byId.get(i)).filter((s) => s !== undefined), matches: matches.slice(0, MAX_SERVICES_SHOWN), total: matches.length };
  }, [services, byId, selected, filter]);
  const toggle = (serviceId: number, on: boolean) => onChange(on ? [...selected, serviceId] : selected.filter((x) => x !== serviceId));
  const items = [...shown.chosen, ...shown.matches];

  return (
    <fieldset className="field checklist we-services">
      <legend>
        Services <span className="legend-count">{selected.length} chosen</span>
      </legend>
      <label className="sr-only" htmlFor={`${id}-filter`}>
        Find services
      </label>
      <input id={`${id}-filter`} type="search" className="control we-filter" placeholder="Find services…" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
      <ul className="checklist-items">
        {items.length === 0 ? <li className="we-empty">{services.length === 0 ? 'No services yet.' : 'No service matches.'}</li> : null}
        {items.map((s) => (
          <li key={s.id}>
            <label>
              <input type="checkbox" checked={selected.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              <span className="checklist-label">{s.name}</span>
            </label>
          </li>
        ))}
        {shown.total > shown.matches.length ? <li className="we-empty">{`${shown.total - shown.matches.length} more: type to narrow down`}</li> : null}
      </ul>
    </fieldset>
  );
}
