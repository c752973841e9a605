import { useId, useMemo, useState } from 'react';
import type { Release } from '../../../shared/model/plan';
import { plural } from '../../../shared/text/plural';
import { RELEASE_STATUS_LABELS } from '../release-labels';
import { useComboboxList } from '../../ui/use-combobox-list';

const MAX_OPTIONS = 50;

interface ReleasePickerProps {
  label: string;
  releases: readonly Release[];
  /** Releases that cannot be picked (this one, and those already listed). */
  exclude: ReadonlySet<number>;
  onPick(id: number): void;
  hint?: string;
}

const dateOf = (release: Release) => (release.plannedStart ? release.plannedStart.slice(0, 10) : 'not planned');

/** A searchable combobox over the plan's releases by title, like the service picker. */
export function ReleasePicker({ label, releases, exclude, onPick, hint }: ReleasePickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const { matches, total } = useMemo(() => {
    const q = text.trim().toLowerCase();
    const all = releases
      .filter((r) => !exclude.has(r.id) && (q === '' || r.title.toLowerCase().includes(q)))
      .sort((a, b) => (q && a.title.toLowerCase().startsWith(q) !== b.title.toLowerCase().startsWith(q) ? (a.title.toLowerCase().startsWith(q) ? -1 : 1) : a.title.localeCompare(b.title)));
    return { matches: all.slice(0, MAX_OPTIONS), total: all.length };
  }, [releases, exclude, text]);
  const { open, setOpen, activeOption, inputProps } = useComboboxList(matches, pick);

  function pick(release: Release) {
    onPick(release.id);
    setText('');
    setOpen(false);
  }


  return (
    <div className="field picker">
      <label htmlFor={id}>{label}</label>
      <input
        {...inputProps(id, activeOption?.id, setText)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={text}
        placeholder="Type to search releases by title"
      />
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="picker-list" hidden={!open}>
        {matches.map((r) => (
          <li key={r.id} id={`${id}-opt-${r.id}`} role="option" aria-selected={r.id === activeOption?.id} onMouseDown={(e) => e.preventDefault()} onClick={() => pick(r)}>
            <span className="picker-name">{r.title}</span>
            <span className="picker-meta" aria-hidden="true">
              {RELEASE_STATUS_LABELS[r.status]} · {dateOf(r)}
            </span>
          </li>
        ))}
        {matches.length === 0 ? <li className="picker-note" role="presentation">{text.trim() ? `No other release matches “${text}”.` : 'No other releases.'}</li> : null}
        {total > matches.length ? <li className="picker-note" role="presentation">Showing {matches.length} of {plural(total, 'match', 'matches')}; keep typing to narrow.</li> : null}
      </ul>
      {hint ? <p id={`${id}-hint`} className="field-hint">{hint}</p> : null}
    </div>
  );
}
