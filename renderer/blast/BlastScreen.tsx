import { useMemo } from 'react';
import { Icon } from '../ui/Icon';
import { plural } from '../../shared/text/plural';
import { BlastMap } from './BlastMap';
import { BlastToolbar } from './BlastToolbar';
import { exportMarkdown, exportPng, exportSvg } from './blast-export';
import { useBlast } from './blast-store';
import { FocusBar } from './FocusBar';
import { ImpactPanel } from './ImpactPanel';
import { layoutGraph } from './layout-client';
import { Legend } from './Legend';
import { buildMapModel, EMPTY_MAP } from './map-elements';
import { useBlastAnalysis } from './use-blast-analysis';
import { useBlastPlan, useBlastStatus } from './use-blast-data';
import { WaveView } from './WaveView';

function Body() {
  const { catalog, sources, radius, report, graph } = useBlastAnalysis();
  const plan = useBlastPlan();
  const mode = useBlast((s) => s.mode);
  const filters = useBlast((s) => s.filters);
  const groupBySite = useBlast((s) => s.groupBySite);
  const wholeEstate = useBlast((s) => s.wholeEstate);
  const focus = useBlast((s) => s.focus);
  const waveReleaseId = useBlast((s) => s.waveReleaseId);
  const model = useMemo(() => {
    // Nothing in focus: the map is hidden, so neither the whole estate nor its layout is needed yet.
    if (!radius) return EMPTY_MAP;
    const built = buildMapModel(catalog, graph, { mode, filters, groupBySite, wholeEstate });
    // Ask the worker now, while React still renders the panel: the map's own request joins this one.
    if (built.nodeCount > 0) void layoutGraph(built.layout, built.signature);
    return built;
  }, [radius, catalog, graph, mode, filters, groupBySite, wholeEstate]);
  const mapServiceIds = useMemo(() => model.layout.nodes.map((n) => Number(n.id.slice(1))), [model]);
  const focusRelease = focus.kind === 'release' ? plan.releases.find((r) => r.id === focus.releaseId) : undefined;
  const waveRelease = waveReleaseId === null ? undefined : plan.releases.find((r) => r.id === waveReleaseId);

  return (
    <>
      <div className="blast-top">
        <FocusBar catalog={catalog} plan={plan} />
        <div className="blast-exports">
          {focusRelease && !waveRelease ? (
            <button type="button" className="button small" onClick={() => useBlast.getState().showWaves(focusRelease.id)}>
              Per-wave view
            </button>
          ) : null}
          <button type="button" className="button small" disabled={!report} onClick={exportPng}>
            <Icon name="download" size={14} />
            Export PNG
          </button>
          <button type="button" className="button small" disabled={!report} onClick={exportSvg}>
            <Icon name="download" size={14} />
            Export SVG
          </button>
          <button type="button" className="button small" disabled={!report} onClick={() => report && exportMarkdown(report)}>
            <Icon name="download" size={14} />
            Export Markdown
          </button>
        </div>
      </div>
      <BlastToolbar catalog={catalog} sources={sources} mapServiceIds={mapServiceIds} />
      <div className="blast-body">
        <div className="blast-main">
          {waveRelease && radius ? <WaveView release={waveRelease} radius={radius} catalog={catalog} /> : null}
          {!radius ? (
            <section className="notice-panel blast-empty" aria-label="Nothing in focus">
              <h2>{mode === 'incident' ? 'Mark a service failing' : 'Choose what to look at'}</h2>
              <p>
                {mode === 'incident'
                  ? 'Type a service in “Mark a service failing” to see which sites and processes stop and which degrade.'
                  : 'Type a service, a site or a release in “Focus on” to see what it hits, hop by hop, with the sites, processes and teams involved.'}
              </p>
            </section>
          ) : null}
          {/* Kept mounted (hidden) with nothing in focus, so the next focus draws on the map already made. */}
          <BlastMap
            key={wholeEstate ? 'estate' : 'focus'}
            model={model}
            hidden={!radius}
            large={wholeEstate}
            label={`Blast-radius map: ${plural(model.nodeCount, 'service')} shown`}
            legend={<Legend incident={mode === 'incident'} estate={wholeEstate} />}
          />
        </div>
        {report ? <ImpactPanel report={report} /> : null}
      </div>
    </>
  );
}

/** The Blast radius section: what a change or a failure hits, by service, site, process and team. */
export function BlastScreen() {
  const { status, message, retry } = useBlastStatus();
  return (
    <div className="page blast">
      <header className="page-header">
        <div>
          <h1>Blast radius</h1>
          <p className="page-lede">What a change or a failure hits: services hop by hop, the sites and their local time, processes and teams.</p>
        </div>
      </header>
      {status === 'loading' ? <p className="loading">Opening the catalog…</p> : null}
      {status === 'error' ? (
        <section className="notice-panel error" aria-labelledby="blast-failed">
          <h2 id="blast-failed">The catalog could not be read</h2>
          <p>{message ?? 'Release Cockpit did not get an answer from its host.'}</p>
          <button type="button" className="button primary" onClick={retry}>
            Try again
          </button>
        </section>
      ) : null}
      {status === 'ready' ? <Body /> : null}
    </div>
  );
}
