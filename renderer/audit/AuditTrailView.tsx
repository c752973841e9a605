import { useEffect, useMemo, useState } from 'react';
import type { AuditFacets } from '../../shared/api/contract';
import { useCurrentRead } from '../api/use-current-read';
import { useWorkspace } from '../state/workspace';
import { Icon } from '../ui/Icon';
import { auditQuery, entityLabel, NO_FILTERS, type AuditFilters } from './audit-format';
import { AuditList } from './AuditList';
import { ChainPanel } from './ChainPanel';
import { useAuditPages } from './use-audit-pages';

/** Typing settles for this long before the summary search asks the store. */
const SEARCH_DELAY_MS = 250;
const NO_FACETS: AuditFacets = { actors: [], entities: [] };

/** The audit trail, newest first, filtered by entity kind, user, days and summary words, with its hash chain. */
export function AuditTrailView() {
  const position = useWorkspace((s) => s.position);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [text, setText] = useState('');
  const facets = useCurrentRead('audit.facets', {}) ?? NO_FACETS;
  const set = (change: Partial<AuditFilters>) => setFilters((f) => ({ ...f, ...change }));

  useEffect(() => {
    const timer = setTimeout(() => setFilters((f) => (f.text === text ? f : { ...f, text })), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const query = useMemo(() => auditQuery(filters), [filters]);
  const pages = useAuditPages(query, position);
  const active = text !== '' || Object.values(filters).some((v) => v !== '');

  return (
    <section className="audit-view" aria-labelledby="audit-title">
      <header className="audit-head">
        <div>
          <h2 id="audit-title">Audit trail</h2>
          <p className="page-lede">Every write to this workspace: who, when, what, and the record before and after. Entries are never changed or deleted.</p>
        </div>
      </header>
      <ChainPanel />
      <div className="filters audit-filters" role="search" aria-label="Filter the audit trail">
        <div className="search-box">
          <Icon name="search" />
          <input type="search" aria-label="Search summaries" placeholder="Search summaries" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <select className={`filter-select ${filters.entity ? 'active' : ''}`} aria-label="Entity kind" value={filters.entity} onChange={(e) => set({ entity: e.target.value })}>
          <option value="">All entity kinds</option>
          {facets.entities.map((e) => <option key={e} value={e}>{entityLabel(e)}</option>)}
        </select>
        <select className={`filter-select ${filters.actor ? 'active' : ''}`} aria-label="User" value={filters.actor} onChange={(e) => set({ actor: e.target.value })}>
          <option value="">All users</option>
          {facets.actors.map((a) => <option key={a} value={a}>{a}</option>)}
        </select>
        <label className="audit-date">
          <span>From</span>
          <input type="date" className={`control ${filters.from ? 'active' : ''}`} value={filters.from} max={filters.to || undefined} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className="audit-date">
          <span>To</span>
          <input type="date" className={`control ${filters.to ? 'active' : ''}`} value={filters.to} min={filters.from || undefined} onChange={(e) => set({ to: e.target.value })} />
        </label>
        {active ? (
          <button type="button" className="button ghost small" onClick={() => { setText(''); setFilters(NO_FILTERS); }}>
            Clear filters
          </button>
        ) : null}
      </div>
      {pages.error ? <p role="alert" className="form-error">{pages.error}</p> : null}
      <div className="audit-columns" aria-hidden="true">
        <span />
        <span>Time (local)</span>
        <span>User</span>
        <span>Action</span>
        <span>Entity</span>
        <span>Summary</span>
      </div>
      <AuditList rows={pages.rows} done={pages.done} loading={pages.loading} onMore={pages.loadMore} />
    </section>
  );
}
