import { create } from 'zustand';
import { useWorkspace } from '../state/workspace';
import { AuditTrailView } from '../audit/AuditTrailView';
import { CabPackView } from '../cab/CabPackView';
import { DoraView } from './DoraView';

export const DASHBOARD_VIEWS = [
  { id: 'measures', label: 'Delivery measures' },
  { id: 'cab', label: 'CAB pack' },
  { id: 'audit', label: 'Audit trail' },
] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number]['id'];

/** Which dashboard view is open; kept while the person visits other sections. */
export const useDashboardView = create<{ view: DashboardView; show: (view: DashboardView) => void }>()((set) => ({
  view: 'measures',
  show: (view) => set({ view }),
}));

/** The Dashboard section: delivery measures (DORA), the CAB pack for a week, and the audit trail. */
export function DashboardScreen() {
  const status = useWorkspace((s) => s.status);
  const view = useDashboardView((s) => s.view);
  const show = useDashboardView((s) => s.show);
  if (status !== 'ready') {
    return (
      <div className="page">
        <p className="loading">{status === 'loading' ? 'Opening the workspace…' : 'The workspace could not be opened. Open the Catalog section to try again.'}</p>
      </div>
    );
  }
  return (
    <div className="page ops">
      <nav className="ops-nav" aria-label="Dashboard views">
        {DASHBOARD_VIEWS.map((v) => (
          <button key={v.id} type="button" className={`ops-nav-item ${view === v.id ? 'current' : ''}`} aria-current={view === v.id ? 'page' : undefined} onClick={() => show(v.id)}>
            {v.label}
          </button>
        ))}
      </nav>
      <div className="ops-body">
        {view === 'measures' ? <DoraView /> : null}
        {view === 'cab' ? <CabPackView /> : null}
        {view === 'audit' ? <AuditTrailView /> : null}
      </div>
    </div>
  );
}
