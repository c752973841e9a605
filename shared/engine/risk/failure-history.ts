import type { Plan } from '../../model/plan';

/** Past outcomes per service: releases that ended done vs failed / rolled back. */
export class FailureHistory {
  private readonly byService = new Map<number, Array<{ releaseId: number; failed: boolean }>>();

  constructor(plan: Pick<Plan, 'releases'>) {
    for (const release of plan.releases) {
      if (release.status !== 'done' && release.status !== 'failed' && release.status !== 'rolled-back') continue;
      const failed = release.status !== 'done';
      for (const serviceId of new Set(release.services.map((s) => s.serviceId))) {
        const list = this.byService.get(serviceId) ?? [];
        list.push({ releaseId: release.id, failed });
        this.byService.set(serviceId, list);
      }
    }
  }

  /** Past releases touching any of the services, each counted once. */
  outcomes(serviceIds: readonly number[], excludeReleaseId?: number): { total: number; failed: number } {
    const seen = new Map<number, boolean>();
    for (const serviceId of serviceIds) {
      for (const entry of this.byService.get(serviceId) ?? []) if (entry.releaseId !== excludeReleaseId) seen.set(entry.releaseId, entry.failed);
    }
    let failed = 0;
    for (const value of seen.values()) if (value) failed++;
    return { total: seen.size, failed };
  }
}
