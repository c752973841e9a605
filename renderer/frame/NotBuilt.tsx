import type { SectionInfo } from './sections';

/** An honest placeholder for a section that later work will build: no fake data. */
export function NotBuilt({ section }: { section: SectionInfo }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>{section.label}</h1>
      </header>
      <section className="notice-panel" aria-label={`${section.label} is not built yet`}>
        <h2>This section is not built yet</h2>
        <p>{section.plan}</p>
        {section.meanwhile ? <p>{section.meanwhile}</p> : null}
        <p className="muted">Until then, the Catalog holds the services, sites, dependencies and business processes it will work from.</p>
      </section>
    </div>
  );
}
