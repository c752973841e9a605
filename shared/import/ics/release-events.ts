import { ICalEventStatus, type ICalEventData } from 'ical-generator';
import type { Release } from '../../model/plan';
import { releaseDescription } from './describe-items';
import { releaseUid } from './ics-uids';
import { X_KIND, type ExportContext } from './window-events';

const STATUS: Record<Release['status'], ICalEventStatus> = {
  draft: ICalEventStatus.TENTATIVE,
  submitted: ICalEventStatus.TENTATIVE,
  approved: ICalEventStatus.CONFIRMED,
  scheduled: ICalEventStatus.CONFIRMED,
  'in-progress': ICalEventStatus.CONFIRMED,
  done: ICalEventStatus.CONFIRMED,
  'rolled-back': ICalEventStatus.CONFIRMED,
  failed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/** A planned release as one UTC event (its planned start is an instant); unplanned releases have no place on a calendar. */
export function releaseEvent(release: Release, ctx: ExportContext): ICalEventData | null {
  if (!release.plannedStart) return null;
  const start = new Date(release.plannedStart);
  const version = ctx.versions.get(release.id);
  return {
    id: releaseUid(ctx.workspace, release.id),
    sequence: version?.sequence ?? 0,
    stamp: ctx.now,
    ...(version ? { lastModified: version.lastModified } : {}),
    start,
    end: new Date(start.getTime() + release.durationMinutes * 60_000),
    timezone: null,
    summary: `Release: ${release.title}`,
    description: releaseDescription(release, ctx.lookup),
    status: STATUS[release.status],
    categories: [{ name: 'Release' }, { name: release.type[0]!.toUpperCase() + release.type.slice(1) }],
    x: [[X_KIND, 'release'], ['X-RELEASE-COCKPIT-STATUS', release.status]],
  };
}
