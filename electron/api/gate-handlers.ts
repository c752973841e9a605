import type { HandlerTable } from './handler-table';
import { catalogHandlers } from './handlers/catalog';
import { planHandlers } from './handlers/plan';

/**
 * The slice of the one handler table that `release-cockpit gate` calls: the same functions, taken
 * from their domain modules without the import and ICS parsers (yaml, papaparse, ical.js) that the
 * rest of the table brings, so a pipeline's cold start has less to load.
 */
export const gateHandlers = {
  'catalog.get': catalogHandlers['catalog.get'],
  'plan.get': catalogHandlers['plan.get'],
  'plan.gate': planHandlers['plan.gate'],
} satisfies Partial<HandlerTable>;
