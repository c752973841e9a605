import type { Method, Output, ParsedInput } from '../../shared/api/contract';
import type { HandlerContext } from './context';
import { backupHandlers } from './handlers/backups';
import { catalogHandlers } from './handlers/catalog';
import { icsHandlers } from './handlers/ics';
import { importHandlers } from './handlers/imports';
import { governanceHandlers } from './handlers/governance';
import { incidentHandlers } from './handlers/incidents';
import { runbookHandlers } from './handlers/runbooks';
import { planHandlers } from './handlers/plan';
import { workspaceHandlers } from './handlers/workspace';

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: HandlerContext) => Output<M> | Promise<Output<M>>;
export type HandlerTable = { [M in Method]: Handler<M> };

/** The one handler table. It knows no transport: IPC and the loopback host both call dispatch() over it. */
export const handlers: HandlerTable = {
  ...workspaceHandlers,
  ...catalogHandlers,
  ...importHandlers,
  ...planHandlers,
  ...governanceHandlers,
  ...icsHandlers,
  ...runbookHandlers,
  ...incidentHandlers,
  ...backupHandlers,
};
