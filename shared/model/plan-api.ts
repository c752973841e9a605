import { z } from 'zod';
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

/** A blast radius with names, so the UI and the HTTP host need no second lookup. */
export interface BlastRadiusView extends Omit<BlastRadius, 'impacted' | 'sites' | 'processes'> {
  impacted: Array<ImpactedService & { name: string; viaName: string }>;
  sites: Array<ImpactedItem & { name: string }>;
  processes: Array<ImpactedItem & { name: string }>;
}
