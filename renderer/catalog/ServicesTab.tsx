import { useDeferredValue, useMemo } from 'react';
import { openDialog } from '../state/dialogs';
import { filtersActive, useServiceFilters, visibleServices } from '../state/service-filters';
import { useUi } from '../state/ui';
import { count } from '../../shared/text/plural';
import { Icon } from '../ui/Icon';
import { ServiceDetail } from './ServiceDetail';
import { ServiceFilters } from './ServiceFilters';
import { ServiceTable } from './ServiceTable';
import { useWorkspace } from '../state/workspace';

function NoServices() {
  return (
    <section className="empty-state" aria-labelledby="no-services">
      <h2 id="no-services">No services yet</h2>
      <p>Add the services your warehouses run on, or import them from a services CSV, a Backstage catalog or a workspace JSON export.</p>
      <div className="empty-actions">
        <button type="button" className="button primary" onClick={() => openDialog({ type: 'service', service: null })}>
          <Icon name="plus" />
          Add service
        </button>
        <button type="button" className="button" onClick={() => openDialog({ type: 'import' })}>
          <Icon name="upload" />
          Import…
        </button>
      </div>
    </section>
  );
}

export function ServicesTab() {
  const catalog = useWorkspace((s) => s.catalog);
  const index = useWorkspace((s) => s.index);
  const filters = useServiceFilters();
  const selectedId = useUi((s) => s.selectedServiceId);
  const select = useUi((s) => s.selectService);
  const query = useDeferredValue(filters.query);
  const { kind, tier, hosting, siteId, sort } = filters;
  const rows = useMemo(
    () => visibleServices(catalog.services, index, { query, kind, tier, hosting, siteId, sort }),
    [catalog.services, index, query, kind, tier, hosting, siteId, sort],
  );
  const selected = selectedId === null ? undefined : index.serviceById.get(selectedId);

  if (catalog.services.length === 0) return <NoServices />;
  return (
    <div className="tab-content services-tab">
      <div className="tab-toolbar">
        <ServiceFilters />
        <button type="button" className="button primary" onClick={() => openDialog({ type: 'service', service: null })}>
          <Icon name="plus" />
          Add service
        </button>
      </div>
      <p className="result-count">
        {filtersActive(filters) ? `${count(rows.length)} of ${count(catalog.services.length)} services match` : `${count(catalog.services.length)} services`}
        <span className="muted"> · Up and Down move, Enter opens</span>
      </p>
      <div className={`split ${selected ? 'with-detail' : ''}`}>
        <ServiceTable
          rows={rows}
          index={index}
          siteCount={catalog.sites.length}
          selectedId={selected ? selected.id : null}
          sort={sort}
          onSort={filters.sortBy}
          onOpen={(s) => select(s.id)}
          empty={
            <div className="empty-inline">
              <p>No service matches these filters.</p>
              <button type="button" className="button small" onClick={filters.clear}>
                Clear filters
              </button>
            </div>
          }
        />
        {selected ? <ServiceDetail service={selected} /> : null}
      </div>
    </div>
  );
}
