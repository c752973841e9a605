import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Proposal } from '../../../shared/engine/schedule/propose';
import { call } from '../../api/client';
import { useCalendarView } from '../../state/calendar-view';
import { closeDialog } from '../../state/dialogs';
import { write } from '../../state/writes';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/Field';
import { plural } from '../../../shared/text/plural';
import { ChooseReleases } from './ChooseReleases';
import { ProposalView } from './ProposalView';
import { ScheduleProgress } from './ScheduleProgress';
import { DEFAULT_TIME_LIMIT, groupReleases, SEED, viewZone } from './schedule-format';
import { useWorkspace } from '../../state/workspace';

type Phase =
  | { step: 'choose'; error: string | null }
  | { step: 'running'; startedAt: number; limitMs: number; count: number }
  | { step: 'proposal'; proposal: Proposal; error: string | null; applying: boolean };

/**
 * Auto-schedule: choose releases, run the engine's scheduler (with progress and Cancel), read the
 * proposed plan as a diff, and apply it as one undoable step.
 */
export function ScheduleDialog({ releaseIds }: { releaseIds: number[] }) {
  const releases = useWorkspace((s) => s.plan.releases);
  const releaseById = useWorkspace((s) => s.releaseById);
  const catalog = useWorkspace((s) => s.catalog);
  const zoneChoice = useCalendarView((s) => s.zone);
  const groups = useMemo(() => groupReleases(releases), [releases]);
  const serviceNames = useMemo(() => new Map(catalog.services.map((s) => [s.id, s.name])), [catalog.services]);
  const zone = viewZone(zoneChoice, catalog.sites);

  // The initial selection keeps only releases the scheduler may move (the calendar may pass a finished one).
  const [selected, setSelected] = useState<number[]>(() => releaseIds.filter((id) => groups.schedulable.some((r) => r.id === id)));
  const [limitMs, setLimitMs] = useState(DEFAULT_TIME_LIMIT);
  const [listError, setListError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'choose', error: null });
  /** Bumped by every run, Cancel and unmount: a result whose run is no longer current is ignored. */
  const runRef = useRef(0);
  /** True while the host is searching, so Cancel or closing the dialog stops the search there too. */
  const searchingRef = useRef(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const proposeRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(
    () => () => {
      runRef.current++;
      if (searchingRef.current) void call('schedule.cancel', {});
    },
    [],
  );

  useEffect(() => {
    if (phase.step === 'proposal') summaryRef.current?.focus();
    else if (phase.step === 'choose' && returnFocus.current) {
      returnFocus.current = false;
      proposeRef.current?.focus();
    }
  }, [phase.step]);

  // Only releases that are still schedulable are sent (one may have changed status while the dialog was open).
  const sendable = selected.filter((id) => groups.schedulable.some((r) => r.id === id));

  async function propose(event: FormEvent) {
    event.preventDefault();
    if (phase.step !== 'choose') return;
    if (sendable.length === 0) {
      setListError('Choose at least one release to schedule.');
      return;
    }
    setListError(null);
    const run = ++runRef.current;
    setPhase({ step: 'running', startedAt: performance.now(), limitMs, count: sendable.length });
    searchingRef.current = true;
    const result = await call('schedule.propose', { releaseIds: sendable, timeLimitMs: limitMs, seed: SEED });
    if (run !== runRef.current) return;
    searchingRef.current = false;
    if (result.ok) setPhase({ step: 'proposal', proposal: result.value, error: null, applying: false });
    else {
      returnFocus.current = true;
      setPhase({ step: 'choose', error: result.error.message });
    }
  }

  function cancelRun() {
    runRef.current++;
    if (searchingRef.current) void call('schedule.cancel', {});
    searchingRef.current = false;
    returnFocus.current = true;
    setPhase({ step: 'choose', error: null });
  }

  function back() {
    returnFocus.current = true;
    setPhase({ step: 'choose', error: null });
  }

  async function apply() {
    if (phase.step !== 'proposal' || phase.applying || phase.proposal.moves.length === 0) return;
    const { proposal } = phase;
    setPhase({ ...phase, applying: true, error: null });
    const moves = proposal.moves.map((m) => ({ releaseId: m.releaseId, to: m.to }));
    const result = await write('schedule.apply', { moves }, (v) => `Applied auto-schedule: ${plural(v.applied, 'release')} moved. Ctrl+Z undoes it.`);
    if (result.ok) closeDialog();
    else setPhase({ step: 'proposal', proposal, applying: false, error: result.error.message });
  }

  const running = phase.step === 'running';
  const moveCount = phase.step === 'proposal' ? phase.proposal.moves.length : 0;

  return (
    <Dialog title="Auto-schedule" onClose={closeDialog} size="large">
      <form className="dialog-form schedule-form" onSubmit={(e) => void propose(e)} noValidate>
        <div className="dialog-body">
          <ol className="sched-steps" aria-label="Steps">
            <li aria-current={phase.step !== 'proposal' ? 'step' : undefined}>
              <span className="sched-step-no">1</span> Choose releases
            </li>
            <li aria-current={phase.step === 'proposal' ? 'step' : undefined}>
              <span className="sched-step-no">2</span> Proposed plan
            </li>
          </ol>
          {phase.step === 'proposal' ? (
            <>
              <FormError message={phase.error} />
              <ProposalView proposal={phase.proposal} releaseById={releaseById} zone={zone} summaryRef={summaryRef} />
            </>
          ) : (
            <>
              {phase.step === 'choose' ? <FormError message={phase.error} /> : null}
              <ChooseReleases
                groups={groups}
                selected={selected}
                onSelect={(ids) => {
                  setSelected(ids);
                  if (ids.length > 0) setListError(null);
                }}
                limitMs={limitMs}
                onLimit={setLimitMs}
                zone={zone}
                serviceNames={serviceNames}
                error={listError}
                disabled={running}
              />
              {phase.step === 'running' ? <ScheduleProgress startedAt={phase.startedAt} limitMs={phase.limitMs} count={phase.count} onCancel={cancelRun} /> : null}
            </>
          )}
        </div>
        <footer className="dialog-footer">
          {phase.step === 'proposal' ? (
            <button type="button" className="button" onClick={back} disabled={phase.applying}>
              Back
            </button>
          ) : null}
          <div className="footer-extra" />
          <button type="button" className="button" onClick={closeDialog}>
            Close
          </button>
          {phase.step === 'proposal' ? (
            moveCount > 0 ? (
              <button type="button" className="button primary" onClick={() => void apply()} disabled={phase.applying}>
                {phase.applying ? 'Applying…' : `Apply ${plural(moveCount, 'move')}`}
              </button>
            ) : null
          ) : (
            <button ref={proposeRef} type="submit" className="button primary" disabled={running}>
              {running ? 'Proposing…' : 'Propose plan'}
            </button>
          )}
        </footer>
      </form>
    </Dialog>
  );
}
