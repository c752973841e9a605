import { useId } from 'react';
import { STRATEGIES } from '../../../shared/model/plan-enums';
import { SelectField } from '../../ui/Field';
import { duration } from '../../ui/format';
import { zonedDateTime } from '../../ui/zoned-time';
import type { SectionProps } from './BasicsSection';
import { STRATEGY_LABELS } from '../release-labels';
import { startInstant } from './release-draft';
import { Section } from './Section';
import { StartField } from './StartField';

const STRATEGY_OPTIONS = STRATEGIES.map((s) => ({ value: s, label: STRATEGY_LABELS[s].label }));

/** Planned start (in a zone, or not planned), how long it takes, and how it rolls out. */
export function WhenSection({ draft, update, errors }: SectionProps) {
  const id = useId();
  const hours = draft.hours.trim() === '' ? 0 : Number(draft.hours);
  const minutes = draft.minutes.trim() === '' ? 0 : Number(draft.minutes);
  const total = Number.isInteger(hours) && Number.isInteger(minutes) && hours >= 0 && minutes >= 0 ? hours * 60 + minutes : null;
  const start = draft.unplanned ? null : startInstant(draft.startDate, draft.startTime, draft.zone);
  const error = errors.durationMinutes;
  const invalid = error ? true : undefined;
  let hint = 'Hours and minutes, up to 60 days.';
  if (total !== null && total > 0) hint = start === null ? `${duration(total)} in all.` : `${duration(total)}: ends ${zonedDateTime(start + total * 60_000, draft.zone)} ${draft.zone}.`;

  return (
    <Section title="When">
      <div className="form-grid">
        <StartField unplanned={draft.unplanned} startDate={draft.startDate} startTime={draft.startTime} zone={draft.zone} onChange={update} error={errors.plannedStart} />
        <fieldset className="field re-duration" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} aria-invalid={invalid}>
          <legend>Duration</legend>
          <div className="re-duration-inputs">
            <label className="re-unit">
              <input type="number" inputMode="numeric" min={0} step={1} value={draft.hours} aria-invalid={invalid} onChange={(e) => update({ hours: e.target.value })} />
              <span aria-hidden="true">h</span>
              <span className="sr-only">Duration hours</span>
            </label>
            <label className="re-unit">
              <input type="number" inputMode="numeric" min={0} max={59} step={5} value={draft.minutes} aria-invalid={invalid} onChange={(e) => update({ minutes: e.target.value })} />
              <span aria-hidden="true">min</span>
              <span className="sr-only">Duration minutes</span>
            </label>
          </div>
          <p id={`${id}-hint`} className="field-hint">{hint}</p>
          {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
        </fieldset>
        <SelectField label="Strategy" value={draft.strategy} onChange={(strategy) => update({ strategy })} options={STRATEGY_OPTIONS} error={errors.strategy} hint={STRATEGY_LABELS[draft.strategy].detail} />
      </div>
    </Section>
  );
}
