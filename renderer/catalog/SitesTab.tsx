import { useMemo, useState } from 'react';
import type { Site } from '../../shared/model/catalog';
import { SITE_KIND_LABELS } from '../../shared/model/enums';
import { requestDelete } from '../state/delete-flow';
import { openDialog } from '../state/dialogs';
import { collator } from '../state/service-filters';
import { count } from '../../shared/text/plural';
import { utcOffset } from '../ui/format';
import { Icon } from '../ui/Icon';
import { SearchBox } from './SearchBox';
import { SimpleTable, type SimpleColumn } from './SimpleTable';
import { useWorkspace } from '../state/workspace';

export function SitesTab() {
  const sites = useWorkspace((s) => s.catalog.sites);
  const perSite = useWorkspace((s) => s.index.servicesPerSite);
  const [query, setQuery] = useState('');
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return sites
      .filter((s) => q === '' || `${s.name} ${s.region} ${s.timeZone}`.toLowerCase().includes(q))
      .sort((a, b) => collator.compare(a.region, b.region) || collator.compare(a.name, b.name));
  }, [sites, query]);
  const columns = useMemo<SimpleColumn<Site>[]>(
    () => [
      { header: 'Name', className: 'cell-name', render: (s) => s.name },
      { header: 'Kind', render: (s) => SITE_KIND_LABELS[s.kind] },
      { header: 'Region', render: (s) => s.region },
      { header: 'Time zone', render: (s) => s.timeZone },
      { header: 'UTC offset now', className: 'num', render: (s) => utcOffset(s.timeZone) },
      { header: 'Services', align: 'end', className: 'num', render: (s) => count(perSite.get(s.id) ?? 0) },
    ],
    [perSite],
  );

  return (
    <div className="tab-content">
      <div className="tab-toolbar">
        <div className="filters">
          <SearchBox label="Search sites" placeholder="Name, region or time zone" value={query} onChange={setQuery} />
        </div>
        <button type="button" className="button primary" onClick={() => openDialog({ type: 'site', site: null })}>
          <Icon name="plus" />
          Add site
        </button>
      </div>
      <SimpleTable
        caption="Sites"
        rows={rows}
        columns={columns}
        rowKey={(s) => s.id}
        rowName={(s) => s.name}
        onEdit={(site) => openDialog({ type: 'site', site })}
        onDelete={(s) => void requestDelete({ entity: 'site', id: s.id, name: s.name })}
        empty={<p>{sites.length === 0 ? 'No sites yet. Add your warehouses, cross-docks and offices with their time zones.' : 'No site matches that search.'}</p>}
      />
    </div>
  );
}
