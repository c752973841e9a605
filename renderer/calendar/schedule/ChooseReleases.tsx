import { useId } from 'react';
import type { Release } from '../../../shared/model/plan';
import { plannedInterval } from '../../../shared/engine/conflicts/release-facts';
import { SelectField } from '../../ui/Field';
import { plural } from '../../../shared/text/plural';
import { duration } from '../../ui/format';
import { RELEASE_STATUS_LABELS } from '../release-labels';
import { formatRange, limitLabel, TIME_LIMITS, type ReleaseGroups, type ViewZone } from './schedule-format';

interface ChooseProps {
  groups: ReleaseGroups;
  selected: readonly number[];
  onSelect(ids: number[]): void;
  limitMs: number;
  onLimit(ms: number): void;
  zone: ViewZone;
  serviceNames: ReadonlyMap<number, string>;
  /** "Choose at least one release", shown on the list. */
  error: string | null;
  disabled: boolean;
}

const LIMIT_OPTIONS = TIME_LIMITS.map((ms) => ({ value: String(ms), label: limitLabel(ms) }));

/** Step 1: which releases the scheduler may move, and how long it may search. */
export function ChooseReleases({ groups, selected, onSelect, limitMs, onLimit, zone, serviceNames, error, disabled }: ChooseProps) {
  const id = useId();
  const chosen = new Set(selected);
  const { schedulable } = groups;
  const pick = (filter: (r: Release) => boolean) => onSelect(schedulable.filter(filter).map((r) => r.id));
  const drafts = schedulable.filter((r) => r.status === 'draft').length;
  const notApproved = schedulable.filter((r) => r.status === 'draft' || r.status === 'submitted').length;
  const toggle = (releaseId: number, on: boolean) => onSelect(on ? [...selected, releaseId] : selected.filter((x) => x !== releaseId));

  return (
    <div className="sched-choose">
      <div className="sched-quick" role="group" aria-label="Quick selection">
        <button type="button" className="button small" disabled={disabled || drafts === 0} onClick={() => pick((r) => r.status === 'draft')}>
          All drafts
        </button>
        <button type="button" className="button small" disabled={disabled || notApproved === 0} onClick={() => pick((r) => r.status === 'draft' || r.status === 'submitted')}>
          All not yet approved
        </button>
        <button type="button" className="button small" disabled={disabled} onClick={() => onSelect([])}>
          Clear
        </button>
      </div>
      <fieldset className="field sched-releases" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} aria-invalid={error ? true : undefined} disabled={disabled}>
        <legend>
          Releases to schedule <span className="legend-count">{chosen.size} of {schedulable.length} selected</span>
        </legend>
        {schedulable.length === 0 ? (
          <p className="field-hint">No release is open for scheduling: every release is in progress or finished.</p>
        ) : (
          <ul className="sched-release-list">
            {schedulable.map((r, index) => (
              <ReleaseRow key={r.id} release={r} checked={chosen.has(r.id)} onToggle={toggle} zone={zone} serviceNames={serviceNames} autoFocus={index === 0} />
            ))}
          </ul>
        )}
        <p id={`${id}-hint`} className="field-hint">
          Releases you leave out keep their planned start and their slot; the scheduler plans around them and respects every release dependency.
        </p>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <Excluded groups={groups} />
      <SelectField
        className="sched-limit"
        label="Time limit"
        value={String(limitMs)}
        onChange={(v) => onLimit(Number(v))}
        options={LIMIT_OPTIONS}
        hint="The scheduler searches for the whole time and keeps the best plan it finds."
      />
    </div>
  );
}

function ReleaseRow({ release, checked, onToggle, zone, serviceNames, autoFocus }: {
  release: Release;
  checked: boolean;
  onToggle(id: number, on: boolean): void;
  zone: ViewZone;
  serviceNames: ReadonlyMap<number, string>;
  autoFocus: boolean;
}) {
  const id = useId();
  const interval = plannedInterval(release);
  const services = release.services.map((s) => serviceNames.get(s.serviceId) ?? `service #${s.serviceId}`);
  const after = release.dependsOn.map((d) => `#${d.releaseId}`);
  return (
    <li className={checked ? 'checked' : undefined}>
      <label className="sched-release">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onToggle(release.id, e.target.checked)}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-meta`}
          data-autofocus={autoFocus ? '' : undefined}
        />
        <span className="sched-release-main">
          <span className="sched-release-head">
            <span id={`${id}-title`} className="sched-release-title">
              {release.title}
            </span>
            <span className={`badge sched-status status-${release.status}`}>{RELEASE_STATUS_LABELS[release.status]}</span>
          </span>
          <span id={`${id}-meta`} className="sched-release-meta">
            <span className="num">#{release.id}</span>
            <span className={interval ? 'num' : 'not-planned'}>{interval ? `${formatRange(interval.startMs, interval.endMs, zone.timeZone)} ${zone.label}` : 'not planned'}</span>
            <span>{duration(release.durationMinutes)}</span>
            {services.length > 0 ? <span className="sched-services">{services.join(', ')}</span> : null}
            {after.length > 0 ? <span>after {after.join(', ')}</span> : null}
          </span>
        </span>
      </label>
    </li>
  );
}

/** Which releases are not offered, and why. */
function Excluded({ groups }: { groups: ReleaseGroups }) {
  const { inProgress, finished } = groups;
  if (inProgress.length + finished.length === 0) return null;
  const parts = [
    inProgress.length ? `${plural(inProgress.length, 'release')} in progress, which ${inProgress.length === 1 ? 'stays' : 'stay'} where ${inProgress.length === 1 ? 'it is' : 'they are'} and ${inProgress.length === 1 ? 'holds its' : 'hold their'} slot` : '',
    finished.length ? `${plural(finished.length, 'finished release')} (done, failed, rolled back or cancelled), with nothing left to plan` : '',
  ].filter(Boolean);
  return (
    <details className="sched-excluded">
      <summary>Not offered: {parts.join('; ')}.</summary>
      <ul>
        {[...inProgress, ...finished].map((r) => (
          <li key={r.id}>
            <span>{r.title}</span> <span className="muted">{RELEASE_STATUS_LABELS[r.status]}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
