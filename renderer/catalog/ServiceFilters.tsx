import { useMemo } from 'react';
import { HOSTINGS, SERVICE_KIND_LABELS, SERVICE_KINDS } from '../../shared/model/enums';
import { collator, filtersActive, useServiceFilters, type ServiceFilters as Filters } from '../state/service-filters';
import { HOSTING_LABELS } from '../ui/format';
import { Icon } from '../ui/Icon';
import { useWorkspace } from '../state/workspace';

function FilterSelect({ label, value, onChange, options }: { label: string; value: string; onChange(v: string): void; options: { value: string; label: string }[] }) {
  return (
    <select className={`filter-select ${value ? 'active' : ''}`} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>{o.label}</option>
      ))}
    </select>
  );
}

/** Text search over name, owner and description, plus kind, tier, hosting and site filters. */
export function ServiceFilters() {
  const f = useServiceFilters();
  const sites = useWorkspace((s) => s.catalog.sites);
  const siteOptions = useMemo(
    () => [{ value: '', label: 'All sites' }, ...[...sites].sort((a, b) => collator.compare(a.name, b.name)).map((s) => ({ value: String(s.id), label: s.name }))],
    [sites],
  );
  return (
    <div className="filters" role="search" aria-label="Filter services">
      <div className="search-box">
        <Icon name="search" />
        <input type="search" aria-label="Search services" placeholder="Search name, owner, description" value={f.query} onChange={(e) => f.set({ query: e.target.value })} />
      </div>
      <FilterSelect label="Kind" value={f.kind} onChange={(v) => f.set({ kind: v as Filters['kind'] })} options={[{ value: '', label: 'All kinds' }, ...SERVICE_KINDS.map((k) => ({ value: k, label: SERVICE_KIND_LABELS[k] }))]} />
      <FilterSelect label="Tier" value={f.tier} onChange={(v) => f.set({ tier: v as Filters['tier'] })} options={[{ value: '', label: 'All tiers' }, { value: '1', label: 'Tier 1' }, { value: '2', label: 'Tier 2' }, { value: '3', label: 'Tier 3' }]} />
      <FilterSelect label="Hosting" value={f.hosting} onChange={(v) => f.set({ hosting: v as Filters['hosting'] })} options={[{ value: '', label: 'All hosting' }, ...HOSTINGS.map((h) => ({ value: h, label: HOSTING_LABELS[h] }))]} />
      <FilterSelect label="Site" value={f.siteId === null ? '' : String(f.siteId)} onChange={(v) => f.set({ siteId: v === '' ? null : Number(v) })} options={siteOptions} />
      {filtersActive(f) ? (
        <button type="button" className="button ghost small" onClick={f.clear}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
