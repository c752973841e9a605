import { useId, useMemo } from 'react';
import { SERVICE_KIND_LABELS, SERVICE_KINDS, type ServiceKind } from '../../shared/model/enums';
import type { Catalog } from '../../shared/model/catalog';
import { Icon } from '../ui/Icon';
import { useBlast } from './blast-store';
import { Combobox, type ComboOption } from './Combobox';

const DEPTHS = [1, 2, 3, 4, 5, 6];

function Select({ label, value, onChange, options }: { label: string; value: string; onChange(value: string): void; options: Array<[string, string]> }) {
  const id = useId();
  return (
    <div className="field blast-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function Radios<T extends string>({ legend, value, options, onChange, disabled }: { legend: string; value: T; options: Array<[T, string]>; onChange(v: T): void; disabled?: boolean }) {
  const name = useId();
  return (
    <fieldset className="blast-radios" disabled={disabled}>
      <legend>{legend}</legend>
      {options.map(([v, text]) => (
        <label key={v} className={value === v ? 'on' : ''}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {text}
        </label>
      ))}
    </fieldset>
  );
}

/** Mode, direction, depth, filters, layout switches and search for the map. */
export function BlastToolbar({ catalog, sources, mapServiceIds }: { catalog: Catalog; sources: number[]; mapServiceIds: number[] }) {
  const mode = useBlast((s) => s.mode);
  const direction = useBlast((s) => s.direction);
  const depth = useBlast((s) => s.depth);
  const filters = useBlast((s) => s.filters);
  const wholeEstate = useBlast((s) => s.wholeEstate);
  const groupBySite = useBlast((s) => s.groupBySite);
  const store = useBlast.getState();
  const names = useMemo(() => new Map(catalog.services.map((s) => [s.id, s])), [catalog]);
  const findOptions = useMemo<ComboOption[]>(
    () => mapServiceIds.flatMap((id) => {
      const s = names.get(id);
      return s ? [{ key: String(id), label: s.name, meta: `Tier ${s.tier}` }] : [];
    }).sort((a, b) => a.label.localeCompare(b.label)),
    [mapServiceIds, names],
  );

  function setMode(next: 'change' | 'incident') {
    // Entering the what-if with nothing marked: the services in focus are the ones presumed failing.
    if (next === 'incident' && useBlast.getState().failingIds.length === 0) useBlast.setState({ failingIds: sources });
    store.setMode(next);
  }

  return (
    <div className="blast-toolbar" role="toolbar" aria-label="Map controls">
      <Radios legend="Mode" value={mode} onChange={setMode} options={[['change', 'Change impact'], ['incident', 'Incident what-if']]} />
      <Radios
        legend="Direction"
        value={mode === 'incident' ? 'downstream' : direction}
        disabled={mode === 'incident'}
        onChange={store.setDirection}
        options={[['downstream', 'Downstream (what breaks)'], ['upstream', 'Upstream (what it needs)']]}
      />
      <Select label="Depth" value={depth === null ? 'all' : String(depth)} onChange={(v) => store.setDepth(v === 'all' ? null : Number(v))} options={[...DEPTHS.map((d): [string, string] => [String(d), `${d} hop${d === 1 ? '' : 's'}`]), ['all', 'Unlimited']]} />
      <Select label="Kind" value={filters.kinds[0] ?? ''} onChange={(v) => store.setFilters({ kinds: v ? [v as ServiceKind] : [] })} options={[['', 'All kinds'], ...SERVICE_KINDS.map((k): [string, string] => [k, SERVICE_KIND_LABELS[k]])]} />
      <Select label="Tier" value={filters.tiers[0] ? String(filters.tiers[0]) : ''} onChange={(v) => store.setFilters({ tiers: v ? [Number(v)] : [] })} options={[['', 'All tiers'], ['1', 'Tier 1'], ['2', 'Tier 2'], ['3', 'Tier 3']]} />
      <Select
        label="Site"
        value={filters.siteId === null ? '' : String(filters.siteId)}
        onChange={(v) => store.setFilters({ siteId: v ? Number(v) : null })}
        options={[['', 'All sites'], ...catalog.sites.map((s): [string, string] => [String(s.id), s.name])]}
      />
      <label className="blast-check">
        <input type="checkbox" checked={groupBySite} onChange={(e) => store.setGroupBySite(e.target.checked)} />
        Group by site
      </label>
      <label className="blast-check">
        <input type="checkbox" checked={wholeEstate} onChange={(e) => store.setWholeEstate(e.target.checked)} />
        Whole estate
      </label>
      <Combobox label="Find on map" placeholder="Service on the map" options={findOptions} onPick={(o) => store.select(Number(o.key))} />
      <button type="button" className="button small" onClick={store.fit}>
        <Icon name="search" size={14} />
        Fit
      </button>
    </div>
  );
}
