import { useMemo, useState } from 'react';
import type { BusinessProcess } from '../../shared/model/catalog';
import { requestDelete } from '../state/delete-flow';
import { openDialog } from '../state/dialogs';
import { collator } from '../state/service-filters';
import { NotSet } from '../ui/Badges';
import { count } from '../../shared/text/plural';
import { Icon } from '../ui/Icon';
import { SearchBox } from './SearchBox';
import { SimpleTable, type SimpleColumn } from './SimpleTable';
import { useWorkspace } from '../state/workspace';

export function ProcessesTab() {
  const processes = useWorkspace((s) => s.catalog.processes);
  const perProcess = useWorkspace((s) => s.index.servicesPerProcess);
  const [query, setQuery] = useState('');
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return processes.filter((p) => q === '' || `${p.name} ${p.description}`.toLowerCase().includes(q)).sort((a, b) => collator.compare(a.name, b.name));
  }, [processes, query]);
  const columns = useMemo<SimpleColumn<BusinessProcess>[]>(
    () => [
      { header: 'Name', className: 'cell-name nowrap', render: (p) => p.name },
      { header: 'Description', className: 'wide', render: (p) => p.description || <NotSet /> },
      { header: 'Services', align: 'end', className: 'num', render: (p) => count(perProcess.get(p.id) ?? 0) },
    ],
    [perProcess],
  );

  return (
    <div className="tab-content">
      <div className="tab-toolbar">
        <div className="filters">
          <SearchBox label="Search business processes" placeholder="Name or description" value={query} onChange={setQuery} />
        </div>
        <button type="button" className="button primary" onClick={() => openDialog({ type: 'process', process: null })}>
          <Icon name="plus" />
          Add business process
        </button>
      </div>
      <SimpleTable
        caption="Business processes"
        rows={rows}
        columns={columns}
        rowKey={(p) => p.id}
        rowName={(p) => p.name}
        onEdit={(process) => openDialog({ type: 'process', process })}
        onDelete={(p) => void requestDelete({ entity: 'process', id: p.id, name: p.name })}
        empty={<p>{processes.length === 0 ? 'No business processes yet. Add order capture, pick-pack-ship, invoicing and the others your services carry.' : 'No business process matches that search.'}</p>}
      />
    </div>
  );
}
