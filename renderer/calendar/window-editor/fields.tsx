import { useId, type ReactNode } from 'react';

/** A labelled group of radio buttons; each option may carry a line of explanation. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  onChange,
  options,
  error,
  className,
}: {
  legend: string;
  name: string;
  value: V;
  onChange(value: V): void;
  options: readonly { value: V; label: string; detail?: string }[];
  error?: string | undefined;
  className?: string;
}) {
  const id = useId();
  return (
    <fieldset className={`field radios we-radios ${className ?? ''}`} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="radio">
          <input type="radio" name={`${id}-${name}`} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>
            {o.label}
            {o.detail ? <span className="we-radio-detail"> – {o.detail}</span> : null}
          </span>
        </label>
      ))}
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </fieldset>
  );
}

/** Date and time side by side under one legend ("Starts"), with one error for both. */
export function DateTimeField({
  legend,
  noun,
  date,
  time,
  onDate,
  onTime,
  error,
  hint,
}: {
  legend: string;
  /** Names the inputs: "Start" gives "Start date" and "Start time". */
  noun: string;
  date: string;
  time: string;
  onDate(value: string): void;
  onTime(value: string): void;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const invalid = error ? true : undefined;
  return (
    <fieldset className="field we-datetime">
      <legend>{legend}</legend>
      <div className="we-datetime-inputs">
        <label className="we-inline">
          <span className="sr-only">{`${noun} date`}</span>
          <input type="date" className="control" value={date} onChange={(e) => onDate(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} />
        </label>
        <label className="we-inline">
          <span className="sr-only">{`${noun} time`}</span>
          <input type="time" className="control" value={time} onChange={(e) => onTime(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} />
        </label>
      </div>
      {hint ? <p id={`${id}-hint`} className="field-hint">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </fieldset>
  );
}

/** A small select inside a sentence ("on the [first] [Sunday]"); its name is given, not shown. */
export function InlineSelect<V extends string>({
  label,
  value,
  onChange,
  options,
  disabled,
}: {
  label: string;
  value: V;
  onChange(value: V): void;
  options: readonly { value: V; label: string }[];
  disabled?: boolean;
}) {
  return (
    <select className="control we-inline-select" aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as V)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>{o.label}</option>
      ))}
    </select>
  );
}
