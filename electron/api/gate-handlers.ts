import type { HandlerTable } from './handler-table';
import { catalogHandlers } from './handlers/catalog';
import { gate } from './handlers/gate';

/**
 * The slice of the one handler table that `release-cockpit gate` calls: the same functions, taken
 * from their modules without the import and ICS parsers (yaml, papaparse, ical.js) or the scheduler
 * that the rest of the table brings, so a pipeline's cold start has less to load. A test holds them
 * identical to the table's own.
 */
export const gateHandlers = {
  'catalog.get': catalogHandlers['catalog.get'],
  'plan.get': catalogHandlers['plan.get'],
  'plan.gate': gate,
} satisfies Partial<HandlerTable>;
