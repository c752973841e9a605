import type { IcsImportInput } from '../../shared/model/ics-api';
import { planCalendarImport, type IcsImportPlan } from '../../shared/import/ics/plan-ics-import';
import type { Db } from '../store/open-workspace';
import { listWindows } from '../store/repos/windows';
import { icsLinks, workspaceUid } from './ics-store';

/** Plans an import against this workspace's windows and imported links, writing nothing (see planCalendarImport). */
export function planIcsImport(db: Db, input: IcsImportInput): IcsImportPlan {
  return planCalendarImport(input, () => ({ workspace: workspaceUid(db), links: icsLinks(db), windows: listWindows(db) }));
}
