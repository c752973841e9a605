import { writeFileSync } from 'node:fs';
import { formatDuration, incidentDurations, incidentTimeline, statusTimes } from '../../shared/engine/incidents/incident-timeline';
import { INCIDENT_STATUS_LABELS } from '../../shared/model/ops-enums';
import { handlers } from '../api/handler-table';
import { callApi, consoleIo, jsonOption, withWorkspace, workspaceOption, type Io, type Values } from './cli-io';
import type { Command } from './commands';

const USAGE = 'incident list|show ID|export ID --workspace FILE [--format md|json] [--out FILE] [--json]';

/** `incident list | show ID | export ID`: incidents and their post-incident reports, for reviews outside the app. */
export async function runIncident(values: Values, positionals: string[], io: Io): Promise<number> {
  const [sub, idText] = positionals;
  if (sub !== 'list' && sub !== 'show' && sub !== 'export') {
    io.err(`Say what to do with incidents. Usage: release-cockpit ${USAGE}`);
    return 2;
  }
  const format = values.format === undefined ? 'md' : String(values.format);
  if (format !== 'md' && format !== 'json') {
    io.err('--format is md or json.');
    return 2;
  }
  const id = Number(idText);
  if (sub !== 'list' && !(Number.isInteger(id) && id > 0)) {
    io.err(`Name the incident by its number, as \`incident list\` shows it. Usage: release-cockpit ${USAGE}`);
    return 2;
  }
  return withWorkspace(values, io, async (session) => {
    if (sub === 'list') {
      const snapshot = await callApi(session, 'workspace.snapshot', {}, io, handlers);
      if (!snapshot) return 1;
      const { incidents, events, runs } = snapshot.ops;
      const rows = incidents.map((incident) => {
        const times = statusTimes(incidentTimeline(events, incident.id, new Set(runs.filter((r) => r.incidentId === incident.id).map((r) => r.id))));
        const d = incidentDurations(incident, times);
        return { id: incident.id, severity: incident.severity, status: incident.status, title: incident.title, declaredAt: incident.declaredAt, timeToRestoreMs: d.timeToRestoreMs, timeToRestore: formatDuration(d.timeToRestoreMs) };
      });
      if (values.json) io.out(JSON.stringify(rows, null, 2));
      else if (rows.length === 0) io.out('No incidents recorded in this workspace.');
      else for (const r of rows) io.out(`#${r.id}  ${r.severity}  ${INCIDENT_STATUS_LABELS[r.status].padEnd(9)}  ${r.declaredAt.slice(0, 16).replace('T', ' ')}Z  restored in ${r.timeToRestore.padEnd(10)}  ${r.title}`);
      return 0;
    }
    const report = await callApi(session, 'incident.report', { id, format }, io, handlers);
    if (!report) return 1;
    if (sub === 'show') {
      io.out(report.text);
      return 0;
    }
    const out = typeof values.out === 'string' ? values.out : report.fileName;
    writeFileSync(out, report.text);
    io.out(`Wrote ${out}`);
    return 0;
  });
}

export const incidentCommand: Command = {
  usage: USAGE,
  summary: 'List incidents, or show / export one incident\'s post-incident report (Markdown or JSON).',
  options: { ...workspaceOption, ...jsonOption, format: { type: 'string' }, out: { type: 'string' } },
  run: (values, positionals) => runIncident(values, positionals, consoleIo),
};
