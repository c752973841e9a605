import { useId, useMemo, useState } from 'react';
import type { Service } from '../../shared/model/catalog';
import { SERVICE_KIND_LABELS } from '../../shared/model/enums';
import { plural } from '../../shared/text/plural';
import { useComboboxList } from '../ui/use-combobox-list';
import { useWorkspace } from '../state/workspace';

const MAX_OPTIONS = 50;

interface ServicePickerProps {
  label: string;
  value: number | null;
  onChange(id: number | null): void;
  error?: string | undefined;
  hint?: string;
  autoFocus?: boolean;
}

function search(services: Service[], text: string): { matches: Service[]; total: number } {
  const q = text.trim().toLowerCase();
  if (q === '') return { matches: services.slice(0, MAX_OPTIONS), total: services.length };
  const starts: Service[] = [];
  const contains: Service[] = [];
  for (const s of services) {
    const name = s.name.toLowerCase();
    if (name.startsWith(q)) starts.push(s);
    else if (name.includes(q)) contains.push(s);
  }
  const all = [...starts, ...contains];
  return { matches: all.slice(0, MAX_OPTIONS), total: all.length };
}

/**
 * A searchable combobox over every service: typing filters by name (prefix matches first), the list
 * shows at most 50 at a time so 10,000 services stay instant. Up/Down/Enter pick, Escape closes.
 */
export function ServicePicker({ label, value, onChange, error, hint, autoFocus }: ServicePickerProps) {
  const id = useId();
  const services = useWorkspace((s) => s.catalog.services);
  const byId = useWorkspace((s) => s.index.serviceById);
  const [text, setText] = useState<string | null>(null);
  const sorted = useMemo(() => [...services].sort((a, b) => a.name.localeCompare(b.name)), [services]);
  const shown = text ?? (value === null ? '' : (byId.get(value)?.name ?? ''));
  const { matches, total } = useMemo(() => search(sorted, text ?? ''), [sorted, text]);
  const { open, setOpen, activeOption, inputProps } = useComboboxList(matches, pick);

  function pick(service: Service) {
    onChange(service.id);
    setText(null);
    setOpen(false);
  }


  function onBlur() {
    setOpen(false);
    if (text === null) return;
    // A typed name that matches exactly counts as chosen; anything else leaves the field empty.
    const exact = sorted.find((s) => s.name.toLowerCase() === text.trim().toLowerCase());
    onChange(exact ? exact.id : null);
    setText(null);
  }

  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field picker">
      <label htmlFor={id}>{label}</label>
      <input
        {...inputProps(id, activeOption?.id, setText)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-autofocus={autoFocus ? '' : undefined}
        value={shown}
        placeholder="Type to search services"
        onFocus={(e) => e.target.select()}
        onBlur={onBlur}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="picker-list" hidden={!open}>
        {matches.map((s) => (
          <li
            key={s.id}
            id={`${id}-opt-${s.id}`}
            role="option"
            aria-selected={s.id === activeOption?.id}
            className={s.id === value ? 'chosen' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(s)}
          >
            <span className="picker-name">{s.name}</span>
            <span className="picker-meta" aria-hidden="true">
              {SERVICE_KIND_LABELS[s.kind]} · Tier {s.tier}
            </span>
          </li>
        ))}
        {matches.length === 0 ? <li className="picker-note" role="presentation">No service matches “{text}”.</li> : null}
        {total > matches.length ? <li className="picker-note" role="presentation">Showing {matches.length} of {plural(total, 'match', 'matches')}; keep typing to narrow.</li> : null}
      </ul>
      {hint ? <p id={`${id}-hint`} className="field-hint">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </div>
  );
}
