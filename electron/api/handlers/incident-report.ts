import type { ParsedInput } from '../../../shared/api/contract';
import { blastRadius, buildDependencyIndex } from '../../../shared/engine/graph';
import { nameBlastRadius } from '../../../shared/engine/graph/name-blast-radius';
import { buildIncidentReport, reportMarkdown } from '../../../shared/engine/incidents/incident-report';
import { loadPlanningInput } from '../../store/load-planning-input';
import { getIncident, listActionItems, listEvents, listRuns } from '../../store/repos/ops';
import { nowOf } from '../../store/write-tx';
import type { HandlerContext } from '../context';
import { requireExisting } from './catalog-checks';

/** The post-incident report of one incident, as data; the blast radius is the engine's, as on screen. */
export function incidentReport(ctx: HandlerContext, id: number) {
  const incident = requireExisting(getIncident(ctx.db, id), 'incident', id);
  const { catalog, plan } = loadPlanningInput(ctx.db);
  const graph = buildDependencyIndex(catalog);
  const present = incident.serviceIds.filter((s) => graph.lookup.services.has(s));
  const blast = nameBlastRadius(blastRadius(graph, present, { direction: 'downstream' }), graph.lookup, new Map(catalog.processes.map((p) => [p.id, p.name])));
  const zones = new Map(catalog.sites.map((s) => [s.name, s.timeZone]));
  return buildIncidentReport({
    incident,
    events: listEvents(ctx.db),
    runs: listRuns(ctx.db).filter((r) => r.incidentId === id),
    actionItems: listActionItems(ctx.db).filter((a) => a.incidentId === id),
    serviceName: (s) => graph.lookup.services.get(s)?.name ?? `Service #${s}`,
    releaseTitle: (r) => plan.releases.find((x) => x.id === r)?.title ?? null,
    blast,
    siteZone: (name) => zones.get(name) ?? null,
    nowMs: nowOf(ctx).getTime(),
  });
}

export function exportIncidentReport(input: ParsedInput<'incident.report'>, ctx: HandlerContext) {
  const report = incidentReport(ctx, input.id);
  const base = `incident-${input.id}-${report.incident.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}`;
  return input.format === 'json'
    ? { fileName: `${base}.json`, text: JSON.stringify(report, null, 2) }
    : { fileName: `${base}.md`, text: reportMarkdown(report) };
}
