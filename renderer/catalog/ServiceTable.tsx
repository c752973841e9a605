import { useMemo, type ReactNode } from 'react';
import type { Service } from '../../shared/model/catalog';
import { SERVICE_KIND_LABELS } from '../../shared/model/enums';
import type { CatalogIndex } from '../state/catalog-index';
import type { ServiceSortKey, Sort } from '../state/service-filters';
import { NotSet, TierBadge } from '../ui/Badges';
import { count } from '../../shared/text/plural';
import { duration, HOSTING_LABELS } from '../ui/format';
import { VirtualGrid, type GridColumn } from '../ui/VirtualGrid';

function Sites({ service, index, total }: { service: Service; index: CatalogIndex; total: number }) {
  const n = service.siteIds.length;
  if (n === 0) return <NotSet />;
  if (n === total && n > 2) return <span>All {n} sites</span>;
  if (n <= 2) {
    const names = service.siteIds.map((id) => index.siteById.get(id)?.name ?? `#${id}`).join(', ');
    return <span className="ellipsis" title={names}>{names}</span>;
  }
  return <span>{n} sites</span>;
}

function RtoRpo({ service }: { service: Service }) {
  const { rtoMinutes: rto, rpoMinutes: rpo } = service;
  if (rto === null && rpo === null) return <NotSet />;
  return (
    <span className="num" title={`RTO ${rto === null ? 'not set' : duration(rto)}, RPO ${rpo === null ? 'not set' : duration(rpo)}`}>
      {rto === null ? <NotSet /> : duration(rto)}
      <span className="sep"> / </span>
      {rpo === null ? <NotSet /> : duration(rpo)}
    </span>
  );
}

interface ServiceTableProps {
  rows: Service[];
  index: CatalogIndex;
  siteCount: number;
  selectedId: number | null;
  sort: Sort<ServiceSortKey>;
  onSort(key: ServiceSortKey): void;
  onOpen(service: Service): void;
  empty: ReactNode;
}

export function ServiceTable({ rows, index, siteCount, selectedId, sort, onSort, onOpen, empty }: ServiceTableProps) {
  const columns = useMemo<GridColumn<Service>[]>(
    () => [
      { key: 'name', header: 'Name', width: 'minmax(150px, 2.4fr)', sortable: true, render: (s) => <span className="cell-name ellipsis" title={s.name}>{s.name}</span> },
      { key: 'kind', header: 'Kind', width: 'minmax(76px, 0.8fr)', sortable: true, render: (s) => <span className="ellipsis">{SERVICE_KIND_LABELS[s.kind]}</span> },
      { key: 'tier', header: 'Tier', width: '64px', sortable: true, render: (s) => <TierBadge tier={s.tier} /> },
      { key: 'ownerTeam', header: 'Owner team', width: 'minmax(96px, 1.2fr)', sortable: true, render: (s) => (s.ownerTeam ? <span className="ellipsis" title={s.ownerTeam}>{s.ownerTeam}</span> : <NotSet />) },
      { key: 'hosting', header: 'Hosting', width: '76px', sortable: true, render: (s) => HOSTING_LABELS[s.hosting] },
      { key: 'sites', header: 'Sites', width: 'minmax(72px, 0.9fr)', sortable: true, render: (s) => <Sites service={s} index={index} total={siteCount} /> },
      { key: 'dependsOn', header: 'Depends on', width: '100px', align: 'end', sortable: true, render: (s) => <span className="num">{count(index.depsOut.get(s.id)?.length ?? 0)}</span> },
      { key: 'usedBy', header: 'Used by', width: '80px', align: 'end', sortable: true, render: (s) => <span className="num">{count(index.depsIn.get(s.id)?.length ?? 0)}</span> },
      { key: 'rto', header: 'RTO / RPO', width: '104px', align: 'end', sortable: true, render: (s) => <RtoRpo service={s} /> },
    ],
    [index, siteCount],
  );
  return (
    <VirtualGrid
      label="Services"
      rows={rows}
      columns={columns}
      rowKey={(s) => s.id}
      onOpen={onOpen}
      selectedKey={selectedId}
      sort={sort}
      onSort={(key) => onSort(key as ServiceSortKey)}
      empty={empty}
    />
  );
}
