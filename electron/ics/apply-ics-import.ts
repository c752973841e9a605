import type { Recorder } from '../store/write-tx';
import type { Db } from '../store/open-workspace';
import { getWindow } from '../store/repos/windows';
import { putIcsLink, windowIcsUids } from './ics-store';
import type { IcsWrite } from '../../shared/import/ics/plan-ics-import';
import { sameWindow } from '../../shared/import/ics/window-compare';

export interface IcsTally {
  created: number;
  updated: number;
}

/** True when the write would change nothing, so re-importing the same calendar adds no noise to the audit. */
function unchanged(db: Db, write: IcsWrite): boolean {
  const current = write.windowId === null ? null : getWindow(db, write.windowId);
  return current !== null && sameWindow(current, write.value);
}

/**
 * Writes planned windows through the recorder (inside the caller's transaction) and remembers each
 * imported UID as part of the window's snapshot, so undoing and redoing the import keep the links.
 */
export function applyIcsImport(db: Db, rec: Recorder, writes: IcsWrite[]): IcsTally {
  const tally: IcsTally = { created: 0, updated: 0 };
  for (const write of writes) {
    if (unchanged(db, write)) {
      if (write.linkUid !== null && write.windowId !== null) putIcsLink(db, write.linkUid, write.windowId);
      continue;
    }
    const linked = write.windowId === null ? [] : windowIcsUids(db, write.windowId);
    const icsUids = write.linkUid === null || linked.includes(write.linkUid) ? linked : [...linked, write.linkUid].sort();
    rec.put('window', { ...write.value, ...(write.windowId === null ? {} : { id: write.windowId }), icsUids });
    if (write.windowId === null) tally.created++;
    else tally.updated++;
  }
  return tally;
}

/** Links alone (every window already matches): bookkeeping, not an edit, so no undo step. */
export function writeIcsLinks(db: Db, writes: IcsWrite[]): void {
  db.transaction(() => {
    for (const w of writes) if (w.linkUid !== null && w.windowId !== null) putIcsLink(db, w.linkUid, w.windowId);
  })();
}
