import { AppError, type FieldIssue } from '../../../shared/api/result';
import type { ReleaseInput, WindowInput } from '../../../shared/model/plan';
import type { Db } from '../../store/open-workspace';
import { getRelease } from '../../store/repos/releases';
import { requireIds, throwIfIssues } from './catalog-checks';

function duplicates(ids: number[]): number[] {
  const seen = new Set<number>();
  return [...new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))];
}

/** A window's scope may only name sites and services that exist. */
export function checkWindowLinks(db: Db, input: WindowInput): void {
  throwIfIssues([
    ...requireIds(db, 'sites', input.scope.siteIds, 'scope.siteIds'),
    ...requireIds(db, 'services', input.scope.serviceIds, 'scope.serviceIds'),
  ]);
}

/** Services, wave sites and prerequisite releases must exist; a release cannot depend on itself. */
export function checkReleaseLinks(db: Db, input: ReleaseInput, selfId?: number): void {
  const issues: FieldIssue[] = [
    ...requireIds(db, 'services', input.services.map((s) => s.serviceId), 'services'),
    ...requireIds(db, 'sites', [...new Set(input.waves.flatMap((w) => w.siteIds))], 'waves'),
  ];
  for (const id of duplicates(input.services.map((s) => s.serviceId))) {
    issues.push({ path: 'services', message: `Service #${id} is listed twice; list each service once with how it changes` });
  }
  const dependsOn = input.dependsOn.map((d) => d.releaseId);
  for (const id of duplicates(dependsOn)) issues.push({ path: 'dependsOn', message: `Release #${id} is listed twice as a prerequisite` });
  for (const id of new Set(dependsOn)) {
    if (id === selfId) issues.push({ path: 'dependsOn', message: 'A release cannot depend on itself' });
    else if (!getRelease(db, id)) issues.push({ path: 'dependsOn', message: `No release with id ${id} exists (it may have been deleted)` });
  }
  throwIfIssues(issues);
}

export function validation(path: string, message: string): AppError {
  return new AppError('VALIDATION', message, undefined, [{ path, message }]);
}
