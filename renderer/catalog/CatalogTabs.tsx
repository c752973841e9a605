import { useRef, type KeyboardEvent } from 'react';
import { CATALOG_TABS, useUi, type CatalogTab } from '../state/ui';
import { count } from '../../shared/text/plural';
import { DependenciesTab } from './DependenciesTab';
import { ProcessesTab } from './ProcessesTab';
import { ServicesTab } from './ServicesTab';
import { SitesTab } from './SitesTab';
import { useWorkspace } from '../state/workspace';

const LABELS: Record<CatalogTab, string> = { services: 'Services', sites: 'Sites', dependencies: 'Dependencies', processes: 'Business processes' };

/** ARIA tabs: Left/Right/Home/End move between them (automatic activation). */
export function CatalogTabs() {
  const tab = useUi((s) => s.tab);
  const setTab = useUi((s) => s.setTab);
  const catalog = useWorkspace((s) => s.catalog);
  const listRef = useRef<HTMLDivElement>(null);
  const counts: Record<CatalogTab, number> = {
    services: catalog.services.length,
    sites: catalog.sites.length,
    dependencies: catalog.dependencies.length,
    processes: catalog.processes.length,
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = CATALOG_TABS.indexOf(tab);
    const n = CATALOG_TABS.length;
    const next = { ArrowRight: (at + 1) % n, ArrowLeft: (at + n - 1) % n, Home: 0, End: n - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = CATALOG_TABS[next];
    if (!target) return;
    setTab(target);
    listRef.current?.querySelector<HTMLElement>(`#tab-${target}`)?.focus();
  }

  return (
    <>
      <div className="tabs" role="tablist" aria-label="Catalog" ref={listRef} onKeyDown={onKeyDown}>
        {CATALOG_TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={t === tab}
            aria-controls={`panel-${t}`}
            tabIndex={t === tab ? 0 : -1}
            className="tab"
            onClick={() => setTab(t)}
          >
            {LABELS[t]}
            <span className="tab-count">{count(counts[t])}</span>
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'services' ? <ServicesTab /> : tab === 'sites' ? <SitesTab /> : tab === 'dependencies' ? <DependenciesTab /> : <ProcessesTab />}
      </div>
    </>
  );
}
