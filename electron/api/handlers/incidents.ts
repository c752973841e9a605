import type { ParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { refuseTransition } from '../../../shared/engine/incidents/incident-status';
import { incidentTimeline, refuseTimes, statusTimes } from '../../../shared/engine/incidents/incident-timeline';
import { refuseMark, runState } from '../../../shared/engine/incidents/run-state';
import { INCIDENT_STATUS_LABELS, type Incident, type IncidentEvent, type IncidentEventData, type IncidentInput } from '../../../shared/model/ops';
import { getActionItem, getEvent, getIncident, getRun, getRunbook, listEvents } from '../../store/repos/ops';
import { getRelease } from '../../store/repos/releases';
import { nowOf, type Recorder } from '../../store/write-tx';
import type { HandlerContext } from '../context';
import { record } from '../record';
import { requireExisting, requireIds, throwIfIssues } from './catalog-checks';
import { exportIncidentReport } from './incident-report';
import { validation } from './plan-checks';

/** A time a person enters may be in the past (backdating is common), never more than a minute ahead. */
function checkedTime(ctx: HandlerContext, at: string | undefined, path: string): string {
  const now = nowOf(ctx);
  if (at === undefined) return now.toISOString();
  if (Date.parse(at) > now.getTime() + 60_000) throw validation(path, 'That time is in the future; record what has happened, when it happened.');
  return new Date(Date.parse(at)).toISOString();
}

function checkLinks(ctx: HandlerContext, input: IncidentInput): void {
  throwIfIssues(requireIds(ctx.db, 'services', input.serviceIds, 'serviceIds'));
  if (input.releaseId !== null) requireExisting(getRelease(ctx.db, input.releaseId), 'release', input.releaseId);
  if (input.impactStartedAt && Date.parse(input.impactStartedAt) > nowOf(ctx).getTime() + 60_000) throw validation('impactStartedAt', 'The impact cannot begin in the future.');
}

/** Writes one timeline entry of the incident (and run) now, as recorded by the acting person. */
function appendEvent(ctx: HandlerContext, rec: Recorder, where: { incidentId: number | null; runId: number | null }, at: string, data: IncidentEventData): number {
  return rec.put('event', { ...where, at, recordedAt: nowOf(ctx).toISOString(), actor: ctx.actor, ...data } as Omit<IncidentEvent, 'id'>);
}

const roleKey = (role: string) => role.trim().toLowerCase();

function createIncident(input: ParsedInput<'incident.create'>, ctx: HandlerContext): Incident {
  checkLinks(ctx, input);
  const now = nowOf(ctx).toISOString();
  if (input.impactStartedAt && Date.parse(input.impactStartedAt) > Date.parse(now)) throw validation('impactStartedAt', 'The impact cannot begin after the incident is declared.');
  const id = record(ctx, `Declare ${input.severity} ${input.title}`, (rec) => {
    const incidentId = rec.put('incident', { ...input, status: 'triage', declaredAt: now, declaredBy: ctx.actor });
    appendEvent(ctx, rec, { incidentId, runId: null }, now, { type: 'status', from: null, to: 'triage', note: '' });
    for (const r of input.roles) appendEvent(ctx, rec, { incidentId, runId: null }, now, { type: 'role', role: r.role, name: r.name });
    return incidentId;
  });
  return requireExisting(getIncident(ctx.db, id), 'incident', id);
}

function updateIncident(input: ParsedInput<'incident.update'>, ctx: HandlerContext): Incident {
  const existing = requireExisting(getIncident(ctx.db, input.id), 'incident', input.id);
  checkLinks(ctx, input);
  const times = statusTimes(incidentTimeline(listEvents(ctx.db), existing.id));
  const order = refuseTimes(input, times);
  if (order) throw validation('impactStartedAt', order);
  const now = nowOf(ctx).toISOString();
  const before = new Map(existing.roles.map((r) => [roleKey(r.role), r]));
  const after = new Map(input.roles.map((r) => [roleKey(r.role), r]));
  record(ctx, `Edit incident ${input.title}`, (rec) => {
    const { id, ...fields } = input;
    rec.put('incident', { ...existing, ...fields, id });
    // Who holds which role is part of the story: every change is a timeline entry.
    for (const [key, r] of after) if (before.get(key)?.name !== r.name) appendEvent(ctx, rec, { incidentId: id, runId: null }, now, { type: 'role', role: r.role, name: r.name });
    for (const [key, r] of before) if (!after.has(key)) appendEvent(ctx, rec, { incidentId: id, runId: null }, now, { type: 'role', role: r.role, name: null });
  });
  return requireExisting(getIncident(ctx.db, input.id), 'incident', input.id);
}

function transition(input: ParsedInput<'incident.transition'>, ctx: HandlerContext): Incident {
  const incident = requireExisting(getIncident(ctx.db, input.id), 'incident', input.id);
  const refused = refuseTransition(incident.status, input.to);
  if (refused) throw validation('to', refused);
  const at = checkedTime(ctx, input.at, 'at');
  const times = statusTimes(incidentTimeline(listEvents(ctx.db), incident.id));
  const order = refuseTimes(incident, { ...times, [input.to]: at });
  if (order) throw validation('at', order);
  record(ctx, `${INCIDENT_STATUS_LABELS[input.to]}: ${incident.title}`, (rec) => {
    rec.put('incident', { ...incident, status: input.to });
    appendEvent(ctx, rec, { incidentId: incident.id, runId: null }, at, { type: 'status', from: incident.status, to: input.to, note: input.note });
  });
  return requireExisting(getIncident(ctx.db, incident.id), 'incident', incident.id);
}

function note(input: ParsedInput<'incident.note'>, ctx: HandlerContext): IncidentEvent {
  const run = input.runId === undefined ? null : requireExisting(getRun(ctx.db, input.runId), 'run', input.runId);
  const incidentId = input.incidentId ?? run?.incidentId ?? null;
  if (incidentId !== null) requireExisting(getIncident(ctx.db, incidentId), 'incident', incidentId);
  const at = checkedTime(ctx, input.at, 'at');
  const id = record(ctx, 'Note', (rec) => appendEvent(ctx, rec, { incidentId, runId: run?.id ?? null }, at, { type: 'note', text: input.text }));
  return requireExisting(getEvent(ctx.db, id), 'timeline entry', id);
}

function correct(input: ParsedInput<'incident.correct'>, ctx: HandlerContext): IncidentEvent {
  const target = requireExisting(getEvent(ctx.db, input.eventId), 'timeline entry', input.eventId);
  if (target.type === 'correction') throw validation('eventId', 'A correction is itself not corrected; correct the entry it names again.');
  const at = checkedTime(ctx, input.at, 'at');
  const events = listEvents(ctx.db);
  const scope = (e: IncidentEvent) => (target.incidentId !== null ? e.incidentId === target.incidentId : e.runId === target.runId);
  const entries = incidentTimeline(events.filter(scope), target.incidentId ?? -1, new Set(target.runId === null ? [] : [target.runId]));
  const current = entries.find((e) => e.id === target.id)?.effectiveAt ?? target.at;
  if (target.type === 'status' && target.incidentId !== null) {
    const incident = requireExisting(getIncident(ctx.db, target.incidentId), 'incident', target.incidentId);
    const times = statusTimes(entries.map((e) => (e.id === target.id ? { ...e, effectiveAt: at } : e)));
    const order = refuseTimes(incident, times);
    if (order) throw validation('at', order);
  }
  const id = record(ctx, 'Correct a time', (rec) =>
    appendEvent(ctx, rec, { incidentId: target.incidentId, runId: target.runId }, nowOf(ctx).toISOString(), { type: 'correction', eventId: target.id, from: current, to: at, reason: input.reason }),
  );
  return requireExisting(getEvent(ctx.db, id), 'timeline entry', id);
}

function startRun(input: ParsedInput<'run.start'>, ctx: HandlerContext) {
  const runbook = requireExisting(getRunbook(ctx.db, input.runbookId), 'runbook', input.runbookId);
  const incident = input.incidentId === undefined ? null : requireExisting(getIncident(ctx.db, input.incidentId), 'incident', input.incidentId);
  if (incident && (incident.status === 'closed' || incident.status === 'cancelled')) throw validation('incidentId', `The incident is ${INCIDENT_STATUS_LABELS[incident.status].toLowerCase()}; start no new runs for it.`);
  const releaseId = input.releaseId ?? incident?.releaseId ?? null;
  if (input.releaseId !== undefined) requireExisting(getRelease(ctx.db, input.releaseId), 'release', input.releaseId);
  const now = nowOf(ctx).toISOString();
  const id = record(ctx, `Start ${runbook.title}`, (rec) => {
    const runId = rec.put('run', {
      incidentId: incident?.id ?? null, releaseId, runbookId: runbook.id, runbookVersion: runbook.version,
      title: runbook.title, steps: runbook.steps, startedAt: now, startedBy: ctx.actor,
    });
    appendEvent(ctx, rec, { incidentId: incident?.id ?? null, runId }, now, { type: 'run', runbookTitle: runbook.title, version: runbook.version });
    return runId;
  });
  return requireExisting(getRun(ctx.db, id), 'run', id);
}

function mark(input: ParsedInput<'run.mark'>, ctx: HandlerContext): IncidentEvent {
  const run = requireExisting(getRun(ctx.db, input.runId), 'run', input.runId);
  const incident = run.incidentId === null ? null : getIncident(ctx.db, run.incidentId);
  if (incident && (incident.status === 'closed' || incident.status === 'cancelled')) throw validation('runId', `The incident is ${INCIDENT_STATUS_LABELS[incident.status].toLowerCase()}; its runs are finished.`);
  const state = runState(run, listEvents(ctx.db), nowOf(ctx).getTime());
  const refused = refuseMark(state, input.step, input.outcome);
  if (refused) throw validation('step', refused);
  const at = checkedTime(ctx, input.at, 'at');
  const title = run.steps[input.step]!.title;
  const id = record(ctx, `Step ${input.step + 1} ${input.outcome}: ${title}`, (rec) =>
    appendEvent(ctx, rec, { incidentId: run.incidentId, runId: run.id }, at, { type: 'step', step: input.step, outcome: input.outcome, note: input.note }),
  );
  return requireExisting(getEvent(ctx.db, id), 'timeline entry', id);
}

function saveActionItem(input: ParsedInput<'actionItem.save'>, ctx: HandlerContext) {
  requireExisting(getIncident(ctx.db, input.incidentId), 'incident', input.incidentId);
  if (input.id !== undefined) {
    const existing = requireExisting(getActionItem(ctx.db, input.id), 'action item', input.id);
    if (existing.incidentId !== input.incidentId) throw new AppError('VALIDATION', 'That action item belongs to another incident.');
  }
  const { id: given, ...fields } = input;
  const id = record(ctx, `${given === undefined ? 'Add' : 'Edit'} action item ${input.title}`, (rec) => rec.put('actionItem', { ...fields, ...(given === undefined ? {} : { id: given }) }));
  return requireExisting(getActionItem(ctx.db, id), 'action item', id);
}

export const incidentHandlers = {
  'incident.create': createIncident,
  'incident.update': updateIncident,
  'incident.transition': transition,
  'incident.note': note,
  'incident.correct': correct,
  'run.start': startRun,
  'run.mark': mark,
  'actionItem.save': saveActionItem,
  'incident.report': exportIncidentReport,
};
