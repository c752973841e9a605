import type { BlastRadiusView } from '../../model/plan-api';
import type { ActionItem, Incident, IncidentEvent, Run } from '../../model/ops';
import { INCIDENT_STATUS_LABELS, STEP_KIND_LABELS } from '../../model/ops-enums';
import { formatLocal } from '../calendar/wall-clock';
import { instantToWall } from '../calendar/zone-offsets';
import { formatDuration, incidentDurations, incidentTimeline, statusTimes, type TimelineEntry } from './incident-timeline';
import { runState } from './run-state';

export interface ReportInput {
  incident: Incident;
  events: readonly IncidentEvent[];
  runs: readonly Run[];
  actionItems: readonly ActionItem[];
  serviceName(id: number): string;
  releaseTitle(id: number): string | null;
  /** The failing services' downstream blast radius, from the engine. */
  blast: BlastRadiusView;
  siteZone(name: string): string | null;
  nowMs: number;
}

/** Everything the post-incident report says, as data (the JSON export) before it becomes Markdown. */
export function buildIncidentReport(input: ReportInput) {
  const { incident } = input;
  const runIds = new Set(input.runs.map((r) => r.id));
  const entries = incidentTimeline(input.events, incident.id, runIds);
  const times = statusTimes(entries);
  const durations = incidentDurations(incident, times);
  const runTitle = new Map(input.runs.map((r) => [r.id, r.title]));
  const declared = Date.parse(incident.declaredAt);
  return {
    incident: {
      id: incident.id, title: incident.title, severity: incident.severity, status: incident.status, summary: incident.summary,
      declaredAt: incident.declaredAt, declaredBy: incident.declaredBy, impactStartedAt: incident.impactStartedAt,
      roles: incident.roles, failingServices: incident.serviceIds.map(input.serviceName),
      causedBy: incident.releaseId === null ? null : { id: incident.releaseId, title: input.releaseTitle(incident.releaseId) },
    },
    statusTimes: times,
    durations: { ...durations, text: { timeToDetect: formatDuration(durations.timeToDetectMs), timeToMitigate: formatDuration(durations.timeToMitigateMs), timeToRestore: formatDuration(durations.timeToRestoreMs) } },
    blastRadius: {
      score: input.blast.score,
      services: input.blast.impacted.map((s) => ({ name: s.name, tier: s.tier, hops: s.hops, path: s.strength })),
      sites: input.blast.sites.map((s) => {
        const zone = input.siteZone(s.name);
        return { name: s.name, path: s.strength, zone, localTimeAtDeclaration: zone ? formatLocal(instantToWall(declared, zone)).replace('T', ' ') : null };
      }),
      processes: input.blast.processes.map((p) => ({ name: p.name, path: p.strength })),
    },
    timeline: entries.map((e) => ({ at: e.effectiveAt, recordedAt: e.recordedAt, by: e.actor, text: describeEntry(e, runTitle), corrections: e.corrections })),
    runs: input.runs.map((run) => {
      const state = runState(run, input.events, input.nowMs);
      return {
        title: run.title, version: run.runbookVersion, startedAt: run.startedAt, startedBy: run.startedBy,
        elapsed: formatDuration(state.elapsedMs), expected: formatDuration(state.expectedMs), finished: state.finished,
        steps: state.steps.map((s) => ({
          number: s.index + 1, title: s.step.title, kind: STEP_KIND_LABELS[s.step.kind], owner: s.step.ownerRole,
          outcome: s.outcome, at: s.mark?.effectiveAt ?? null, by: s.mark?.actor ?? null, note: s.mark?.type === 'step' ? s.mark.note : '',
          elapsed: formatDuration(s.elapsedMs), expected: formatDuration(s.expectedMs),
        })),
      };
    }),
    actionItems: input.actionItems.map((a) => ({ title: a.title, owner: a.owner, due: a.due, done: a.done })),
  };
}

export type IncidentReport = ReturnType<typeof buildIncidentReport>;

/** One timeline entry in words. */
export function describeEntry(e: TimelineEntry, runTitle: ReadonlyMap<number, string>): string {
  const run = e.runId === null ? '' : `${runTitle.get(e.runId) ?? `Run #${e.runId}`}: `;
  switch (e.type) {
    case 'status':
      return `Status ${e.from ? `${INCIDENT_STATUS_LABELS[e.from]} → ` : ''}${INCIDENT_STATUS_LABELS[e.to]}${e.note ? ` (${e.note})` : ''}`;
    case 'step':
      return `${run}step ${e.step + 1} ${e.outcome}${e.note ? `: ${e.note}` : ''}`;
    case 'note':
      return `${run}${e.text}`;
    case 'role':
      return e.name === null ? `${e.role}: no one` : `${e.role}: ${e.name}`;
    case 'run':
      return `Started runbook ${e.runbookTitle} (version ${e.version})`;
    case 'correction':
      return `Time corrected from ${e.from} to ${e.to}: ${e.reason}`;
  }
}

/**
 * Text from the catalog or a person, inert in Markdown: no HTML, no links, no emphasis it did not ask
 * for. Angle brackets become entities, not backslash escapes: renderers older than CommonMark pass
 * `\<img …>` through as a live tag.
 */
export function mdText(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/([\\`*_{}[\]()#+!|~-])/g, '\\$1').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const row = (cells: readonly string[]) => `| ${cells.map(mdText).join(' | ')} |`;

export function reportMarkdown(r: IncidentReport): string {
  const i = r.incident;
  const lines: string[] = [
    `# ${i.severity} ${mdText(i.title)}`, '',
    `- Status: ${INCIDENT_STATUS_LABELS[i.status]}`,
    `- Declared: ${i.declaredAt} by ${mdText(i.declaredBy)}`,
    ...(i.impactStartedAt ? [`- Impact began: ${i.impactStartedAt}`] : []),
    `- Failing services: ${i.failingServices.map(mdText).join(', ')}`,
    `- Caused by release: ${i.causedBy ? mdText(i.causedBy.title ?? `#${i.causedBy.id}`) : 'none recorded'}`,
    `- Roles: ${i.roles.map((x) => `${mdText(x.role)}: ${mdText(x.name)}`).join('; ')}`,
    `- Time to detect: ${r.durations.text.timeToDetect}; to mitigate: ${r.durations.text.timeToMitigate}; to restore: ${r.durations.text.timeToRestore}`,
    '',
  ];
  if (i.summary.trim()) lines.push('## Summary', '', mdText(i.summary), '');
  lines.push('## Blast radius', '', `Impact score ${r.blastRadius.score}.`, '', '| Service | Tier | Hops | Path |', '|---|---|---|---|');
  for (const s of r.blastRadius.services) lines.push(row([s.name, String(s.tier), String(s.hops), s.path]));
  lines.push('', '| Site | Path | Time zone | Local time at declaration |', '|---|---|---|---|');
  for (const s of r.blastRadius.sites) lines.push(row([s.name, s.path, s.zone ?? '', s.localTimeAtDeclaration ?? '']));
  lines.push('', `Business processes: ${r.blastRadius.processes.map((p) => `${mdText(p.name)} (${p.path === 'hard' ? 'stops' : 'degrades'})`).join(', ') || 'none'}`, '');
  lines.push('## Timeline', '', '| Time (UTC) | By | What |', '|---|---|---|');
  for (const e of r.timeline) {
    const corrected = e.corrections.length ? ` (corrected from ${e.corrections[0]!.from}: ${e.corrections.map((c) => c.reason).join('; ')})` : '';
    lines.push(row([e.at, e.by, `${e.text}${corrected}`]));
  }
  for (const run of r.runs) {
    lines.push('', `## Run: ${mdText(run.title)} (version ${run.version})`, '', `Started ${run.startedAt} by ${mdText(run.startedBy)}; elapsed ${run.elapsed} of ${run.expected} expected${run.finished ? '; finished' : ''}.`, '');
    lines.push('| # | Step | Outcome | At | By | Took | Expected | Note |', '|---|---|---|---|---|---|---|---|');
    for (const s of run.steps) lines.push(row([String(s.number), s.title, s.outcome ?? 'open', s.at ?? '', s.by ?? '', s.elapsed, s.expected, s.note]));
  }
  lines.push('', '## Action items', '');
  if (r.actionItems.length === 0) lines.push('None recorded.');
  for (const a of r.actionItems) lines.push(`- [${a.done ? 'x' : ' '}] ${mdText(a.title)}${a.owner ? ` (owner: ${mdText(a.owner)})` : ''}${a.due ? `, due ${a.due}` : ''}`);
  lines.push('');
  return lines.join('\n');
}
