import * as z from 'zod';
import type { BlastRadius, ImpactedItem, ImpactedService } from '../engine/graph/blast-radius';

const id = z.number().int().positive();

export const BLAST_DIRECTIONS = ['downstream', 'upstream'] as const;

/** A request for a break-glass exception; with an approver it is approved at once. */
export const exceptionRequestInput = z.object({
  windowId: id,
  releaseId: id,
  reason: z.string().trim().min(1, 'Give the reason for the exception').max(2000),
  requester: z.string().trim().min(1, 'Name who requests the exception').max(120),
  approver: z.string().trim().min(1).max(120).nullable().optional(),
});

export const exceptionApproveInput = z.object({
  id,
  approver: z.string().trim().min(1, 'Name who approves the exception').max(120),
});

export const scheduleProposeInput = z.object({
  releaseIds: z.array(id).optional(),
  timeLimitMs: z.number().int().min(50).max(60_000).default(1500),
  seed: z.number().int().default(1),
});

export const scheduleApplyInput = z.object({
  moves: z.array(z.object({ releaseId: id, to: z.iso.datetime({ offset: true }) })).min(1, 'There is nothing to apply'),
});

/**
 * The CI/CD gate: a stored release (optionally moved to `at`), or a candidate change of `minutes` to one
 * service (at one site, or every site it serves) starting `at`; `at` defaults to the host's now.
 */
export const gateInput = z
  .object({
    releaseId: id.optional(),
    serviceId: id.optional(),
    siteId: id.optional(),
    at: z.iso.datetime({ offset: true }).optional(),
    minutes: z.number().int().min(1).max(7 * 24 * 60).default(60),
  })
  .refine((g) => (g.releaseId === undefined) !== (g.serviceId === undefined), { message: 'Name either a release or a service', path: ['serviceId'] })
  .refine((g) => g.siteId === undefined || g.serviceId !== undefined, { message: 'A site goes with a service', path: ['siteId'] });

/** A blast radius with names, so the UI and the HTTP host need no second lookup. */
export interface BlastRadiusView extends Omit<BlastRadius, 'impacted' | 'sites' | 'processes'> {
  impacted: Array<ImpactedService & { name: string; viaName: string }>;
  sites: Array<ImpactedItem & { name: string }>;
  processes: Array<ImpactedItem & { name: string }>;
}
