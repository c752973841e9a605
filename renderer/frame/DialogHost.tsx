import { BackupsDialog } from '../backups/BackupsDialog';
import { ExportIcsDialog } from '../calendar/ExportIcsDialog';
import { ReleaseEditor } from '../calendar/release-editor/ReleaseEditor';
import { ScheduleDialog } from '../calendar/schedule/ScheduleDialog';
import { ExceptionRequest } from '../calendar/window-editor/ExceptionRequest';
import { WindowEditor } from '../calendar/window-editor/WindowEditor';
import { ConfirmDelete } from '../catalog/ConfirmDelete';
import { DependencyEditor } from '../catalog/DependencyEditor';
import { ProcessEditor } from '../catalog/ProcessEditor';
import { ServiceEditor } from '../catalog/ServiceEditor';
import { SiteEditor } from '../catalog/SiteEditor';
import { ProfilesDialog } from '../governance/ProfilesDialog';
import { ImportDialog } from '../import/ImportDialog';
import { useDialogs } from '../state/dialogs';

/** Renders the one open dialog of the whole app, if any: catalog editors, calendar editors and imports alike. */
export function DialogHost() {
  const open = useDialogs((s) => s.open);
  const seq = useDialogs((s) => s.seq);
  if (!open) return null;
  switch (open.type) {
    case 'service': return <ServiceEditor key={seq} service={open.service} />;
    case 'site': return <SiteEditor key={seq} site={open.site} />;
    case 'dependency': return <DependencyEditor key={seq} dependency={open.dependency} fromId={open.fromId} />;
    case 'process': return <ProcessEditor key={seq} process={open.process} />;
    case 'import': return <ImportDialog key={seq} />;
    case 'release': return <ReleaseEditor key={seq} release={open.release} plannedStart={open.plannedStart} serviceIds={open.serviceIds} />;
    case 'window': return <WindowEditor key={seq} window={open.window} />;
    case 'exception': return <ExceptionRequest key={seq} windowId={open.windowId} releaseId={open.releaseId} />;
    case 'schedule': return <ScheduleDialog key={seq} releaseIds={open.releaseIds} />;
    case 'export-ics': return <ExportIcsDialog key={seq} />;
    case 'backups': return <BackupsDialog key={seq} />;
    case 'profiles': return <ProfilesDialog key={seq} />;
    case 'confirm-delete': return <ConfirmDelete key={seq} target={open.target} message={open.message} details={open.details} />;
  }
}
