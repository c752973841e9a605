import { useDeferredValue, useMemo } from 'react';
import type { Dependency } from '../../shared/model/catalog';
import { DEPENDENCY_KIND_LABELS, DEPENDENCY_KINDS, type DependencyKind, type Strength } from '../../shared/model/enums';
import { dependencyFiltersActive, useDependencyFilters, visibleDependencies, type DependencySortKey } from '../state/dependency-filters';
import { openDialog } from '../state/dialogs';
import { StrengthBadge, TierBadge } from '../ui/Badges';
import { count } from '../../shared/text/plural';
import { Icon } from '../ui/Icon';
import { VirtualGrid, type GridColumn } from '../ui/VirtualGrid';
import { SearchBox } from './SearchBox';
import { useWorkspace } from '../state/workspace';

export function DependenciesTab() {
  const deps = useWorkspace((s) => s.catalog.dependencies);
  const index = useWorkspace((s) => s.index);
  const f = useDependencyFilters();
  const query = useDeferredValue(f.query);
  const { kind, strength, sort } = f;
  const rows = useMemo(() => visibleDependencies(deps, index, { query, kind, strength, sort }), [deps, index, query, kind, strength, sort]);
  const columns = useMemo<GridColumn<Dependency>[]>(() => {
    const service = (id: number) => index.serviceById.get(id);
    return [
      { key: 'from', header: 'Service', width: 'minmax(200px, 2fr)', sortable: true, render: (d) => <span className="cell-name ellipsis">{service(d.fromId)?.name ?? `#${d.fromId}`}</span> },
      { key: 'arrow', header: '', width: '28px', render: () => <span className="arrow-cell" aria-label="depends on"><Icon name="arrow" size={14} /></span> },
      { key: 'to', header: 'Depends on', width: 'minmax(200px, 2fr)', sortable: true, render: (d) => <span className="cell-name ellipsis">{service(d.toId)?.name ?? `#${d.toId}`}</span> },
      { key: 'toTier', header: 'Its tier', width: '76px', render: (d) => <TierBadge tier={service(d.toId)?.tier ?? 3} /> },
      { key: 'kind', header: 'Kind', width: 'minmax(100px, 1fr)', sortable: true, render: (d) => DEPENDENCY_KIND_LABELS[d.kind] },
      { key: 'strength', header: 'Strength', width: '96px', sortable: true, render: (d) => <StrengthBadge strength={d.strength} /> },
    ];
  }, [index]);

  return (
    <div className="tab-content">
      <div className="tab-toolbar">
        <div className="filters" role="search" aria-label="Filter dependencies">
          <SearchBox label="Search dependencies" placeholder="Either service’s name" value={f.query} onChange={(query) => f.set({ query })} />
          <select className={`filter-select ${kind ? 'active' : ''}`} aria-label="Kind" value={kind} onChange={(e) => f.set({ kind: e.target.value as DependencyKind | '' })}>
            <option value="">All kinds</option>
            {DEPENDENCY_KINDS.map((k) => (
              <option key={k} value={k}>{DEPENDENCY_KIND_LABELS[k]}</option>
            ))}
          </select>
          <select className={`filter-select ${strength ? 'active' : ''}`} aria-label="Strength" value={strength} onChange={(e) => f.set({ strength: e.target.value as Strength | '' })}>
            <option value="">Hard and soft</option>
            <option value="hard">Hard only</option>
            <option value="soft">Soft only</option>
          </select>
          {dependencyFiltersActive(f) ? (
            <button type="button" className="button ghost small" onClick={f.clear}>
              Clear filters
            </button>
          ) : null}
        </div>
        <button type="button" className="button primary" onClick={() => openDialog({ type: 'dependency', dependency: null })}>
          <Icon name="plus" />
          Add dependency
        </button>
      </div>
      <p className="result-count">
        {dependencyFiltersActive(f) ? `${count(rows.length)} of ${count(deps.length)} dependencies match` : `${count(deps.length)} dependencies`}
        <span className="muted"> · Enter or click opens a dependency to edit or delete it</span>
      </p>
      <VirtualGrid
        label="Dependencies"
        rows={rows}
        columns={columns}
        rowKey={(d) => d.id}
        onOpen={(dependency) => openDialog({ type: 'dependency', dependency })}
        sort={sort}
        onSort={(key) => f.sortBy(key as DependencySortKey)}
        empty={<div className="empty-inline"><p>{deps.length === 0 ? 'No dependencies yet. Add one to say which service needs which.' : 'No dependency matches these filters.'}</p></div>}
      />
    </div>
  );
}
