import { useId } from 'react';
import { WEEKDAY_CODES, type WeekdayCode } from '../../../shared/engine/calendar/recurrence-form';
import { SelectField } from '../../ui/Field';
import { InlineSelect } from './fields';
import { dateLabel, MONTH_NAMES, NTH_LABELS, repeatDefaults, WEEKDAY_NAMES, type Problems, type Repeat, type RepeatDraft } from './window-draft';

const REPEAT_OPTIONS: readonly { value: Repeat; label: string }[] = [
  { value: 'none', label: 'Does not repeat' },
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'monthly', label: 'Monthly' },
  { value: 'yearly', label: 'Yearly' },
];
const UNITS: Record<Exclude<Repeat, 'none'>, [string, string]> = {
  daily: ['day', 'days'],
  weekly: ['week', 'weeks'],
  monthly: ['month', 'months'],
  yearly: ['year', 'years'],
};
function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
const MONTH_DAY_OPTIONS = [
  ...Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: ordinal(i + 1) })),
  { value: '-1', label: 'last day' },
  { value: '-2', label: 'second-to-last day' },
];
const NTH_OPTIONS = Object.entries(NTH_LABELS)
  .sort(([a], [b]) => (Number(a) < 0 ? 9 : Number(a)) - (Number(b) < 0 ? 9 : Number(b)))
  .map(([value, label]) => ({ value, label }));
const WEEKDAY_OPTIONS = WEEKDAY_CODES.map((c) => ({ value: c, label: WEEKDAY_NAMES[c] }));
const MONTH_OPTIONS = MONTH_NAMES.map((m, i) => ({ value: String(i + 1), label: m }));

interface RecurrenceFieldsProps {
  repeat: RepeatDraft;
  startDate: string;
  onChange(patch: Partial<RepeatDraft>): void;
  errors: Problems;
}

/** "Repeats": frequency, interval, days, and when the series ends; in words, never RRULE. */
export function RecurrenceFields({ repeat, startDate, onChange, errors }: RecurrenceFieldsProps) {
  const id = useId();
  const freq = repeat.freq;
  const setFreq = (next: Repeat) => onChange({ freq: next, ...(next !== freq ? repeatDefaults(startDate) : {}) });
  const unit = freq === 'none' ? null : UNITS[freq];
  const interval = Number(repeat.interval);

  return (
    <div className="we-repeat span-2">
      <div className="we-repeat-row">
        <SelectField<Repeat> label="Repeats" value={freq} onChange={setFreq} options={REPEAT_OPTIONS} error={errors.recurrence} />
        {unit ? (
          <div className="field we-every">
            <label htmlFor={`${id}-every`}>Every</label>
            <div className="we-every-input">
              <input
                id={`${id}-every`}
                type="number"
                min={1}
                max={999}
                step={1}
                inputMode="numeric"
                value={repeat.interval}
                onChange={(e) => onChange({ interval: e.target.value })}
                aria-invalid={errors.interval ? true : undefined}
                aria-describedby={`${id}-unit${errors.interval ? ` ${id}-every-error` : ''}`}
              />
              <span id={`${id}-unit`}>{interval === 1 ? unit[0] : unit[1]}</span>
            </div>
            {errors.interval ? <p id={`${id}-every-error`} className="field-error">{errors.interval}</p> : null}
          </div>
        ) : null}
      </div>

      {freq === 'weekly' ? <WeekdayPicker selected={repeat.weekdays} onChange={(weekdays) => onChange({ weekdays })} error={errors.weekdays} /> : null}

      {freq === 'monthly' ? (
        <fieldset className="field we-on">
          <legend>On</legend>
          <div className="we-on-row">
            <label className="radio">
              <input type="radio" name={`${id}-monthly`} checked={repeat.monthlyBy === 'day'} onChange={() => onChange({ monthlyBy: 'day' })} />
              <span>By date:</span>
            </label>
            <span className="we-on-text">the</span>
            <InlineSelect label="Day of the month" value={repeat.monthDay} onChange={(monthDay) => onChange({ monthDay, monthlyBy: 'day' })} options={MONTH_DAY_OPTIONS} />
            <span className="we-on-text">of each month</span>
          </div>
          <div className="we-on-row">
            <label className="radio">
              <input type="radio" name={`${id}-monthly`} checked={repeat.monthlyBy === 'weekday'} onChange={() => onChange({ monthlyBy: 'weekday' })} />
              <span>By weekday:</span>
            </label>
            <span className="we-on-text">the</span>
            <InlineSelect label="Week of the month" value={repeat.nth} onChange={(nth) => onChange({ nth, monthlyBy: 'weekday' })} options={NTH_OPTIONS} />
            <InlineSelect<WeekdayCode> label="Day of the week" value={repeat.weekday} onChange={(weekday) => onChange({ weekday, monthlyBy: 'weekday' })} options={WEEKDAY_OPTIONS} />
            <span className="we-on-text">of each month</span>
          </div>
        </fieldset>
      ) : null}

      {freq === 'yearly' ? (
        <fieldset className="field we-on">
          <legend>On</legend>
          <div className="we-on-row">
            <label className="radio">
              <input type="radio" name={`${id}-yearly`} checked={repeat.yearlyBy === 'date'} onChange={() => onChange({ yearlyBy: 'date' })} />
              <span>The start date each year{startDate ? ` (${dateLabel(startDate).slice(4, -5)})` : ''}</span>
            </label>
          </div>
          <div className="we-on-row">
            <label className="radio">
              <input type="radio" name={`${id}-yearly`} checked={repeat.yearlyBy === 'weekday'} onChange={() => onChange({ yearlyBy: 'weekday' })} />
              <span>By weekday:</span>
            </label>
            <span className="we-on-text">the</span>
            <InlineSelect label="Week of the month" value={repeat.nth} onChange={(nth) => onChange({ nth, yearlyBy: 'weekday' })} options={NTH_OPTIONS} />
            <InlineSelect<WeekdayCode> label="Day of the week" value={repeat.weekday} onChange={(weekday) => onChange({ weekday, yearlyBy: 'weekday' })} options={WEEKDAY_OPTIONS} />
            <span className="we-on-text">of</span>
            <InlineSelect label="Month" value={repeat.month} onChange={(month) => onChange({ month, yearlyBy: 'weekday' })} options={MONTH_OPTIONS} />
          </div>
        </fieldset>
      ) : null}

      {freq !== 'none' ? (
        <fieldset className="field we-on" aria-describedby={errors.until || errors.count ? `${id}-ends-error` : undefined}>
          <legend>Repeat ends</legend>
          <div className="we-on-row">
            <label className="radio">
              <input type="radio" name={`${id}-ends`} checked={repeat.ends === 'never'} onChange={() => onChange({ ends: 'never' })} />
              <span>Never</span>
            </label>
          </div>
          <div className="we-on-row">
            <label className="radio">
              <input type="radio" name={`${id}-ends`} checked={repeat.ends === 'until'} onChange={() => onChange({ ends: 'until' })} />
              <span>On date</span>
            </label>
            <input
              type="date"
              className="control we-inline-input"
              aria-label="Last date"
              value={repeat.until}
              onChange={(e) => onChange({ until: e.target.value, ends: 'until' })}
              aria-invalid={errors.until ? true : undefined}
            />
          </div>
          <div className="we-on-row">
            <label className="radio">
              <input type="radio" name={`${id}-ends`} checked={repeat.ends === 'count'} onChange={() => onChange({ ends: 'count' })} />
              <span>After</span>
            </label>
            <input
              type="number"
              className="control we-inline-input we-count"
              aria-label="Number of times"
              min={1}
              step={1}
              inputMode="numeric"
              value={repeat.count}
              onChange={(e) => onChange({ count: e.target.value, ends: 'count' })}
              aria-invalid={errors.count ? true : undefined}
            />
            <span className="we-on-text">times</span>
          </div>
          {errors.until || errors.count ? (
            <p id={`${id}-ends-error`} className="field-error">
              {errors.until ?? errors.count}
            </p>
          ) : null}
        </fieldset>
      ) : null}

    </div>
  );
}

/** Seven day toggles, Monday first; each checkbox is named by the full day name. */
function WeekdayPicker({ selected, onChange, error }: { selected: WeekdayCode[]; onChange(days: WeekdayCode[]): void; error?: string | undefined }) {
  const id = useId();
  const toggle = (code: WeekdayCode, on: boolean) => onChange(WEEKDAY_CODES.filter((c) => (c === code ? on : selected.includes(c))));
  return (
    <fieldset className="field" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>On days</legend>
      <div className="we-days">
        {WEEKDAY_CODES.map((code) => (
          <label key={code} className="we-day">
            <input type="checkbox" checked={selected.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
            <span aria-hidden="true">{WEEKDAY_NAMES[code].slice(0, 3)}</span>
            <span className="sr-only">{WEEKDAY_NAMES[code]}</span>
          </label>
        ))}
      </div>
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </fieldset>
  );
}
