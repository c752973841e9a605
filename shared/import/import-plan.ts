import type { ProcessInput, ServiceInput } from '../model/catalog';
import type { DependencyKind, Strength } from '../model/enums';
import type { RowError } from '../api/import-report';

/** One service an import creates (existingId null) or replaces with the merged value. */
export interface ServiceUpsert {
  existingId: number | null;
  value: ServiceInput;
  /** Business processes created by the same import that this service supports. */
  newProcessNames: string[];
}

/** Dependencies are named by service, because the services may be created by the same import. */
export interface DependencyUpsert {
  from: string;
  to: string;
  kind: DependencyKind;
  strength: Strength;
  /** When the pair already exists, leave it as it is (the source says nothing about kind or strength). */
  keepExisting?: boolean;
}

/**
 * What an incremental import (services CSV, dependencies CSV, Backstage) wants to write. Planned
 * purely from the file and a catalog snapshot; the store applies it in one transaction.
 */
export interface ImportPlan {
  processes: ProcessInput[];
  services: ServiceUpsert[];
  dependencies: DependencyUpsert[];
  unclassifiedCreated: string[];
  warnings: string[];
}

export interface PlanResult {
  plan: ImportPlan;
  /** Every problem found; a non-empty list means nothing may be written. */
  errors: RowError[];
}

export const emptyPlan = (): ImportPlan => ({ processes: [], services: [], dependencies: [], unclassifiedCreated: [], warnings: [] });
