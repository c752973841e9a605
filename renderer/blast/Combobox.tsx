import { useId, useMemo, useState } from 'react';
import { useComboboxList } from '../ui/use-combobox-list';

export interface ComboOption {
  key: string;
  label: string;
  meta: string;
}

const MAX_OPTIONS = 40;

function search(options: readonly ComboOption[], text: string): ComboOption[] {
  const q = text.trim().toLowerCase();
  if (q === '') return options.slice(0, MAX_OPTIONS);
  const starts: ComboOption[] = [];
  const contains: ComboOption[] = [];
  for (const o of options) {
    const name = o.label.toLowerCase();
    if (name.startsWith(q)) starts.push(o);
    else if (name.includes(q)) contains.push(o);
    if (starts.length >= MAX_OPTIONS) break;
  }
  return [...starts, ...contains].slice(0, MAX_OPTIONS);
}

/** A search box with a keyboard-driven list (Up/Down, Enter picks, Escape closes); it clears after a pick. */
export function Combobox({ label, placeholder, options, onPick }: { label: string; placeholder: string; options: readonly ComboOption[]; onPick(option: ComboOption): void }) {
  const id = useId();
  const [text, setText] = useState('');
  const matches = useMemo(() => search(options, text), [options, text]);
  const { open, setOpen, activeOption, inputProps } = useComboboxList(matches, pick);

  function pick(option: ComboOption) {
    onPick(option);
    setText('');
    setOpen(false);
  }

  return (
    <div className="field picker blast-combo">
      <label htmlFor={id}>{label}</label>
      <input
        {...inputProps(id, activeOption?.key, setText)}
        value={text}
        placeholder={placeholder}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="picker-list" hidden={!open}>
        {matches.map((o) => (
          <li key={o.key} id={`${id}-opt-${o.key}`} role="option" aria-selected={o.key === activeOption?.key} onMouseDown={(e) => e.preventDefault()} onClick={() => pick(o)}>
            <span className="picker-name">{o.label}</span>
            <span className="picker-meta" aria-hidden="true">
              {o.meta}
            </span>
          </li>
        ))}
        {matches.length === 0 ? <li className="picker-note" role="presentation">Nothing matches “{text}”.</li> : null}
      </ul>
    </div>
  );
}
