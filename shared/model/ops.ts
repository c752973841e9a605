import * as z from 'zod';
import { COMMANDER_ROLE, INCIDENT_SEVERITIES, INCIDENT_STATUSES, REPORT_FORMATS, STEP_KINDS, STEP_OUTCOMES } from './ops-enums';

export * from './ops-enums';

const id = z.number().int().positive();
const instant = z.iso.datetime({ offset: true });

export const runbookStep = z.object({
  title: z.string().trim().min(1, 'Each step needs a title').max(200),
  /** Markdown; rendered without raw HTML, links opened only after a URL check. */
  details: z.string().max(20_000).default(''),
  ownerRole: z.string().trim().max(80).default(''),
  expectedMinutes: z.number().int().min(0).max(24 * 60).default(5),
  kind: z.enum(STEP_KINDS).default('technical'),
  /** 1-based number of a step that must be finished (done or skipped) first. */
  after: z.number().int().min(1).nullable().default(null),
});

export const runbookInput = z
  .object({
    title: z.string().trim().min(1, 'Title is required').max(200),
    summary: z.string().max(5000).default(''),
    serviceIds: z.array(id).default([]),
    steps: z.array(runbookStep).min(1, 'A runbook needs at least one step').max(200),
  })
  .superRefine((r, ctx) => {
    r.steps.forEach((step, i) => {
      if (step.after !== null && step.after >= i + 1) ctx.addIssue({ code: 'custom', path: ['steps', i, 'after'], message: `Step ${i + 1} can only wait for an earlier step` });
    });
  });

export const roleInput = z.object({ role: z.string().trim().min(1).max(60), name: z.string().trim().min(1, 'Name who holds the role').max(120) });

export const incidentInput = z
  .object({
    title: z.string().trim().min(1, 'Title is required').max(200),
    severity: z.enum(INCIDENT_SEVERITIES),
    summary: z.string().max(20_000).default(''),
    serviceIds: z.array(id).min(1, 'Name at least one failing service'),
    releaseId: id.nullable().default(null),
    roles: z.array(roleInput).default([]),
    /** When the impact began, if earlier than the declaration (time to detect counts from here). */
    impactStartedAt: instant.nullable().default(null),
  })
  .refine((i) => i.roles.some((r) => r.role.toLowerCase() === COMMANDER_ROLE.toLowerCase()), { message: `Name the ${COMMANDER_ROLE.toLowerCase()}`, path: ['roles'] });

export const actionItemInput = z.object({
  incidentId: id,
  title: z.string().trim().min(1, 'Say what needs doing').max(300),
  owner: z.string().trim().max(120).default(''),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD').nullable().default(null),
  done: z.boolean().default(false),
});

export type RunbookStep = z.output<typeof runbookStep>;
export type RunbookInput = z.output<typeof runbookInput>;
export type Runbook = RunbookInput & { id: number; version: number; updatedAt: string };
export type IncidentInput = z.output<typeof incidentInput>;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export type Incident = IncidentInput & { id: number; status: IncidentStatus; declaredAt: string; declaredBy: string };
export type ActionItem = z.output<typeof actionItemInput> & { id: number };
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

/** A run keeps its own copy of the steps it follows, so editing the runbook never rewrites it. */
export interface Run {
  id: number;
  incidentId: number | null;
  releaseId: number | null;
  runbookId: number | null;
  runbookVersion: number;
  title: string;
  steps: RunbookStep[];
  startedAt: string;
  startedBy: string;
}

export type IncidentEventData =
  | { type: 'status'; from: IncidentStatus | null; to: IncidentStatus; note: string }
  | { type: 'step'; step: number; outcome: StepOutcome; note: string }
  | { type: 'note'; text: string }
  | { type: 'role'; role: string; name: string | null }
  | { type: 'run'; runbookTitle: string; version: number }
  | { type: 'correction'; eventId: number; from: string; to: string; reason: string };

/**
 * One entry of an incident's or a run's timeline: append-only. `at` is when it happened as first
 * recorded; a correction is a later entry naming it, never an edit.
 */
export type IncidentEvent = {
  id: number;
  incidentId: number | null;
  runId: number | null;
  at: string;
  recordedAt: string;
  actor: string;
} & IncidentEventData;

export const transitionInput = z.object({ id, to: z.enum(INCIDENT_STATUSES), at: instant.optional(), note: z.string().max(5000).default('') });
export const noteInput = z
  .object({ incidentId: id.optional(), runId: id.optional(), text: z.string().trim().min(1, 'Write the note').max(10_000), at: instant.optional() })
  .refine((n) => n.incidentId !== undefined || n.runId !== undefined, { message: 'A note belongs to an incident or a run', path: ['incidentId'] });
export const correctionInput = z.object({ eventId: id, at: instant, reason: z.string().trim().min(1, 'Say why the time is corrected').max(2000) });
export const runStartInput = z
  .object({ runbookId: id, incidentId: id.optional(), releaseId: id.optional() })
  .refine((r) => r.incidentId !== undefined || r.releaseId !== undefined, { message: 'Start a run from an incident or from a release (as its rollback)', path: ['incidentId'] });
export const runMarkInput = z
  .object({ runId: id, step: z.number().int().min(0), outcome: z.enum(STEP_OUTCOMES), note: z.string().max(5000).default(''), at: instant.optional() })
  .refine((m) => m.outcome !== 'skipped' || m.note.trim().length > 0, { message: 'A skipped step needs a reason', path: ['note'] });
export const reportInput = z.object({ id, format: z.enum(REPORT_FORMATS).default('md') });
export const runbookMarkdownInput = z.object({ text: z.string().min(1).max(1_000_000) });
