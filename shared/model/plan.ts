import * as z from 'zod';
import { SERVICE_KINDS } from './enums';
import { isIanaTimeZone } from './time-zones';
import { samePerson } from '../text/same-person';
import { RELEASE_OUTCOMES } from './governance-enums';
import { recurrenceError } from '../engine/calendar/recurrence-rule';
import { MAX_NAME_CHARS } from '../import/limits';

export { CHANGE_HOWS, RELEASE_DEPENDENCY_KINDS, RELEASE_STATUSES, RELEASE_TYPES, SEVERITIES, STRATEGIES, WINDOW_TYPES } from './plan-enums';
import { CHANGE_HOWS, RELEASE_DEPENDENCY_KINDS, RELEASE_STATUSES, RELEASE_TYPES, SEVERITIES, STRATEGIES, WINDOW_TYPES } from './plan-enums';

const id = z.number().int().positive();
// Wall-clock time without an offset: windows are declared in local time and expanded per zone.
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use YYYY-MM-DDTHH:mm');

export const windowScope = z.object({
  all: z.boolean().default(false),
  regions: z.array(z.string()).default([]),
  siteIds: z.array(id).default([]),
  serviceIds: z.array(id).default([]),
  tiers: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])).default([]),
  kinds: z.array(z.enum(SERVICE_KINDS)).default([]),
});

export const windowInput = z
  .object({
    name: z.string().trim().min(1, 'Name is required').max(MAX_NAME_CHARS, `Name is longer than ${MAX_NAME_CHARS} characters`),
    type: z.enum(WINDOW_TYPES),
    severity: z.enum(SEVERITIES),
    startLocal: localDateTime,
    endLocal: localDateTime,
    // 'site' means each affected site's own zone; otherwise one IANA zone for all.
    timeZone: z.string().refine((z) => z === 'site' || isIanaTimeZone(z), 'Not an IANA time zone'),
    // Checked here, where every write passes, so no stored rule can explode when a calendar expands it.
    recurrence: z.string().trim().max(500).nullable().default(null).check((ctx) => {
      const error = recurrenceError(ctx.value);
      if (error) ctx.issues.push({ code: 'custom', message: error, input: ctx.value });
    }),
    scope: windowScope,
    reason: z.string().trim().max(2000).default(''),
  })
  .refine((w) => w.endLocal > w.startLocal, { message: 'End must be after start', path: ['endLocal'] });

export const releaseInput = z.object({
  title: z.string().trim().min(1, 'Title is required').max(200),
  type: z.enum(RELEASE_TYPES),
  status: z.enum(RELEASE_STATUSES),
  train: z.string().trim().max(80).default(''),
  plannedStart: z.iso.datetime({ offset: true }).nullable().default(null),
  durationMinutes: z.number().int().min(1).max(60 * 24 * 60),
  strategy: z.enum(STRATEGIES),
  requester: z.string().trim().max(120).default(''),
  approvers: z.array(z.string().trim().min(1)).default([]),
  services: z.array(z.object({ serviceId: id, how: z.enum(CHANGE_HOWS) })).default([]),
  waves: z.array(z.object({ name: z.string().trim().min(1), siteIds: z.array(id), soakMinutes: z.number().int().min(0) })).default([]),
  rollback: z
    .object({
      steps: z.array(z.string()).default([]),
      expectedMinutes: z.number().int().min(0).default(0),
      tested: z.boolean().default(false),
      /** The runbook to run when this release is rolled back. */
      runbookId: id.nullable().optional(),
    })
    .default({ steps: [], expectedMinutes: 0, tested: false }),
  dependsOn: z.array(z.object({ releaseId: id, kind: z.enum(RELEASE_DEPENDENCY_KINDS) })).default([]),
  outcome: z.string().trim().max(2000).nullable().default(null),
  /** How it went, recorded when it closes. */
  outcomeResult: z.enum(RELEASE_OUTCOMES).nullable().optional(),
  /** A standard change names the pre-approved kind of change it is (from its tier's policy). */
  standardKind: z.string().trim().max(120).nullable().optional(),
  /** Where a release records its first commit, lead time runs from it instead of from submission. */
  firstCommitAt: z.iso.datetime({ offset: true }).nullable().optional(),
  /** An unplanned release made because of this incident (DORA's rework). */
  fixesIncidentId: id.nullable().optional(),
});

const instantOrNull = z.iso.datetime({ offset: true }).nullable().optional();
/** The lifecycle times as a workspace file holds them (a JSON export carries them; an edit never sets them). */
export const releaseLifecycle = z.object({ submittedAt: instantOrNull, approvedAt: instantOrNull, startedAt: instantOrNull, finishedAt: instantOrNull });

/** When the release moved along its lifecycle; written by the transitions, never by an edit. */
export interface ReleaseLifecycle {
  submittedAt?: string | null;
  approvedAt?: string | null;
  startedAt?: string | null;
  finishedAt?: string | null;
}

/** A break-glass exception to a soft freeze for one release: a reason, and an approver who is not the requester. */
export const exceptionInput = z
  .object({
    windowId: id,
    releaseId: id,
    reason: z.string().trim().min(1, 'Give the reason for the exception').max(2000),
    requester: z.string().trim().max(120),
    approver: z.string().trim().min(1).max(120).nullable().default(null),
    approvedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  })
  .refine((e) => e.approver === null || !samePerson(e.approver, e.requester), {
    message: 'The approver cannot be the requester',
    path: ['approver'],
  });

export type WindowInput = z.output<typeof windowInput>;
export type ReleaseInput = z.output<typeof releaseInput>;
export type PlanWindow = WindowInput & { id: number };
export type Release = ReleaseInput & ReleaseLifecycle & { id: number };
export type FreezeExceptionRecord = z.output<typeof exceptionInput> & { id: number };

export interface Plan {
  windows: PlanWindow[];
  releases: Release[];
}
