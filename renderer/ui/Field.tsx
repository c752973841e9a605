import { useId, type ChangeEvent, type ReactNode } from 'react';

interface Common {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  autoFocus?: boolean;
  className?: string;
}

/** The ids and ARIA wiring every field shares: label, hint and error joined by aria-describedby. */
function useFieldIds(error: string | undefined, hint: ReactNode) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return { id, describedBy, invalid: error ? true : undefined };
}

function Messages({ id, error, hint }: { id: string; error?: string | undefined; hint?: ReactNode }) {
  return (
    <>
      {hint ? <p id={`${id}-hint`} className="field-hint">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </>
  );
}

interface TextFieldProps extends Common {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'number' | 'search';
  list?: string;
  multiline?: boolean;
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
}

export function TextField({ label, value, onChange, error, hint, autoFocus, className, type = 'text', list, multiline, inputMode, placeholder }: TextFieldProps) {
  const { id, describedBy, invalid } = useFieldIds(error, hint);
  const props = {
    id,
    value,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
    'data-autofocus': autoFocus ? '' : undefined,
    placeholder,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} list={list} inputMode={inputMode} min={type === 'number' ? 0 : undefined} step={type === 'number' ? 1 : undefined} autoComplete="off" {...props} />}
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

interface SelectFieldProps<V extends string> extends Common {
  value: V;
  onChange(value: V): void;
  options: readonly { value: V; label: string }[];
}

export function SelectField<V extends string>({ label, value, onChange, options, error, hint, autoFocus, className }: SelectFieldProps<V>) {
  const { id, describedBy, invalid } = useFieldIds(error, hint);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-invalid={invalid} aria-describedby={describedBy} data-autofocus={autoFocus ? '' : undefined} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

interface CheckListProps extends Common {
  items: readonly { id: number; label: string; meta?: string }[];
  selected: readonly number[];
  onChange(ids: number[]): void;
  empty: string;
}

/** A multi-select as a scrollable list of labelled checkboxes inside a fieldset. */
export function CheckList({ label, items, selected, onChange, error, hint, empty, className }: CheckListProps) {
  const { id, describedBy, invalid } = useFieldIds(error, hint);
  const chosen = new Set(selected);
  const toggle = (itemId: number, on: boolean) => onChange(on ? [...selected, itemId] : selected.filter((x) => x !== itemId));
  return (
    <fieldset className={`field checklist ${className ?? ''}`} aria-describedby={describedBy} aria-invalid={invalid}>
      <legend>
        {label} <span className="legend-count">{chosen.size} of {items.length}</span>
      </legend>
      {items.length === 0 ? (
        <p className="field-hint">{empty}</p>
      ) : (
        <ul className="checklist-items">
          {items.map((item) => (
            <li key={item.id}>
              <label>
                <input type="checkbox" checked={chosen.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
                <span className="checklist-label">{item.label}</span>
                {item.meta ? <span className="checklist-meta">{item.meta}</span> : null}
              </label>
            </li>
          ))}
        </ul>
      )}
      <Messages id={id} error={error} hint={hint} />
    </fieldset>
  );
}

/** The sentence of a failed save, at the top of the form. */
export function FormError({ message }: { message: string | null }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
