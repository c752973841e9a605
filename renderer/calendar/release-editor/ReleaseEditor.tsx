import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { Release } from '../../../shared/model/plan';
import { useCalendarView } from '../../state/calendar-view';
import { closeDialog } from '../../state/dialogs';
import { write } from '../../state/writes';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/Field';
import { formErrors, NO_ERRORS, type FormErrors } from '../../ui/form-errors';
import { plural } from '../../../shared/text/plural';
import { useActing } from '../../state/acting';
import { BasicsSection } from './BasicsSection';
import { ChangeControlSection } from './ChangeControlSection';
import { DependsSection } from './DependsSection';
import { draftSignature, fromDraft, toDraft, type Problems, type ReleaseDraft } from './release-draft';
import { ReleaseFooter, type FooterAsk } from './ReleaseFooter';
import { RollbackSection } from './RollbackSection';
import { ServicesSection } from './ServicesSection';
import { SidePanel } from './SidePanel';
import { useReleasePreview } from './use-release-preview';
import { WavesSection } from './WavesSection';
import { WhenSection } from './WhenSection';
import { useWorkspace } from '../../state/workspace';

interface ReleaseEditorProps {
  release: Release | null;
  /** For a new release: where it starts (e.g. where the user double-clicked on the timeline), ISO text. */
  plannedStart?: string;
  /** For a new release: the services it touches to begin with. */
  serviceIds?: number[];
}

/** The zone the calendar shows times in: the start is typed in it too, unless the user picks another. */
function calendarZone(): string {
  const zone = useCalendarView.getState().zone;
  return zone === 'UTC' ? 'UTC' : (useWorkspace.getState().index.siteById.get(zone)?.timeZone ?? 'UTC');
}

/** API issues by their full path ("waves.1.name") as well as by their field ("waves"). */
function apiErrors(error: ApiError): FormErrors {
  const base = formErrors(error);
  const fields = { ...base.fields };
  for (const issue of error.issues ?? []) if (!(issue.path in fields)) fields[issue.path] = issue.message;
  return { message: base.message, fields };
}

/** "It has 2 conflicts, 1 blocking." from the plan as reloaded after the write. */
function conflictNote(id: number): string {
  const list = useWorkspace.getState().conflictsByRelease.get(id) ?? [];
  if (list.length === 0) return '';
  const blocking = list.filter((c) => c.severity === 'blocking').length;
  return ` It has ${plural(list.length, 'conflict')}${blocking ? `, ${blocking} blocking` : ''}.`;
}

/** A new release is requested by whoever is acting, unless they type another name. */
function startDraft(release: Release | null, plannedStart?: string, serviceIds?: number[]): ReleaseDraft {
  const draft = toDraft(release, calendarZone(), plannedStart, serviceIds);
  const acting = useActing.getState().name;
  const known = acting && useWorkspace.getState().governance.profiles.some((p) => p.name === acting);
  return release || !known ? draft : { ...draft, requester: acting };
}

/**
 * Add or edit a release: the form on the left, and on the right what the engine says about the
 * unsaved draft (blast radius, risk with its factors, the conflicts it would have), live.
 */
export function ReleaseEditor({ release, plannedStart, serviceIds }: ReleaseEditorProps) {
  const [initial, setInitial] = useState<ReleaseDraft>(() => startDraft(release, plannedStart, serviceIds));
  const [draft, setDraft] = useState<ReleaseDraft>(initial);
  // The release as stored now: moves and approvals change it while the editor is open.
  const stored = useWorkspace((s) => (release ? (s.releaseById.get(release.id) ?? release) : null));
  const [api, setApi] = useState<FormErrors>(NO_ERRORS);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [ask, setAsk] = useState<FooterAsk>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const result = useMemo(() => fromDraft(draft, stored, initial), [draft, stored, initial]);
  const preview = useReleasePreview(result.input, stored);
  const dirty = useMemo(() => draftSignature(draft) !== draftSignature(initial), [draft, initial]);
  // The outcome note goes with a closing move, so it alone does not hold the moves back.
  const unsaved = useMemo(() => draftSignature({ ...draft, outcome: initial.outcome }) !== draftSignature(initial), [draft, initial]);
  const markSaved = (patch: Partial<ReleaseDraft>) => {
    setInitial((i) => ({ ...i, ...patch }));
    setDraft((d) => ({ ...d, ...patch }));
  };
  const errors: Problems = { ...(attempted ? result.problems : {}), ...api.fields };

  function update(patch: Partial<ReleaseDraft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setApi(NO_ERRORS);
    if (ask === 'delete') setAsk(null);
  }

  /** After a failed save, the first marked field gets focus and comes into view (once the marks are rendered). */
  const [focusRequest, setFocusRequest] = useState(0);
  const focusFirstInvalid = () => setFocusRequest((n) => n + 1);
  useEffect(() => {
    if (focusRequest === 0) return;
    const root = rootRef.current;
    // A marked field first; else a list whose section carries the error (e.g. services).
    const marked = root?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root?.querySelector('.re-section .form-error')?.closest<HTMLElement>('.re-section');
    if (!marked) return;
    const target = marked.matches('input, select, textarea') ? marked : marked.querySelector<HTMLElement>('input, select, textarea');
    marked.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [focusRequest]);

  /** Saves the form: an edit never moves the status; a new release starts as a draft or submitted. */
  async function save(submit = false) {
    setAttempted(true);
    setAsk(null);
    if (Object.keys(result.problems).length > 0) {
      setApi({ message: 'Check the fields marked below; nothing was saved.', fields: {} });
      return focusFirstInvalid();
    }
    setSaving(true);
    const input = result.input;
    const saved = release
      ? await write('release.update', { ...input, id: release.id }, (r) => `Saved release ${r.title}.${conflictNote(r.id)}`)
      : await write('release.create', { ...input, status: submit ? 'submitted' : 'draft' }, (r) => `Added release ${r.title}${submit ? ` and ${r.status === 'approved' ? 'it is pre-approved' : 'submitted it for approval'}` : ''}.${conflictNote(r.id)}`);
    setSaving(false);
    if (!saved.ok) {
      setApi(apiErrors(saved.error));
      return focusFirstInvalid();
    }
    closeDialog();
    useCalendarView.getState().select(saved.value.id);
  }

  async function remove() {
    if (!release) return;
    setSaving(true);
    const removed = await write('release.delete', { id: release.id, force: true }, (d) =>
      d.alsoRemoved.length ? `Deleted release ${release.title}, and ${d.alsoRemoved.join('; ')}.` : `Deleted release ${release.title}.`,
    );
    setSaving(false);
    if (!removed.ok) {
      setAsk(null);
      return setApi(apiErrors(removed.error));
    }
    closeDialog();
    if (useCalendarView.getState().selectedReleaseId === release.id) useCalendarView.getState().select(null);
  }

  function requestClose() {
    if (dirty && !saving) setAsk('discard');
    else closeDialog();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!saving) void save();
  }

  const props = { draft, update, errors };
  return (
    <Dialog title={release ? `Edit release ${release.title}` : 'Add release'} onClose={requestClose} size="large">
      <form className="dialog-form" onSubmit={submit} noValidate>
        <div className="dialog-body">
          <div className="release-editor" ref={rootRef}>
            <div className="re-form">
              <FormError message={api.message} />
              <BasicsSection {...props} />
              <ChangeControlSection {...props} release={stored} unsaved={unsaved} markSaved={markSaved} />
              <WhenSection {...props} />
              <ServicesSection {...props} />
              <WavesSection {...props} pilot={preview.pilot} />
              <RollbackSection {...props} />
              <DependsSection {...props} selfId={release?.id ?? null} />
            </div>
            <SidePanel preview={preview} />
          </div>
        </div>
        <ReleaseFooter
          ask={ask}
          canDelete={release !== null}
          onCreateSubmit={() => !saving && void save(true)}
          saving={saving}
          dirty={dirty}
          onAsk={setAsk}
          onDelete={() => void remove()}
          onDiscard={closeDialog}
          onCancel={requestClose}
        />
      </form>
    </Dialog>
  );
}
