import { useId, useRef, type KeyboardEvent } from 'react';
import { Icon } from '../../ui/Icon';
import { mergeNames } from './release-draft';

interface ApproverChipsProps {
  names: string[];
  text: string;
  onChange(names: string[], text: string): void;
  error?: string | undefined;
  warning?: string | null;
  /** Known people, offered as suggestions while typing. */
  listId?: string;
}

/**
 * Approvers as chips: type a name and press Enter or a comma; Backspace in the empty box removes
 * the last one; each chip has its own remove button. A half-typed name is kept and saved too.
 */
export function ApproverChips({ names, text, onChange, error, warning, listId }: ApproverChipsProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const describedBy = [error ? `${id}-error` : '', warning ? `${id}-warning` : '', `${id}-hint`].filter(Boolean).join(' ');

  function type(value: string) {
    if (!value.includes(',')) return onChange(names, value);
    const cut = value.lastIndexOf(',');
    onChange(mergeNames(names, value.slice(0, cut)), value.slice(cut + 1).trimStart());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && text.trim()) {
      event.preventDefault();
      onChange(mergeNames(names, text), '');
    } else if (event.key === 'Backspace' && text === '' && names.length > 0) {
      event.preventDefault();
      onChange(names.slice(0, -1), '');
    }
  }

  function remove(index: number) {
    onChange(names.filter((_, i) => i !== index), text);
    inputRef.current?.focus();
  }

  return (
    <div className="field span-2">
      <label htmlFor={id}>Approvers</label>
      <div className={`re-chips-box ${error ? 'invalid' : ''}`}>
        {names.length ? (
          <ul className="re-chips" aria-label="Approvers">
            {names.map((name, i) => (
              <li key={`${i}:${name}`} className="re-chip">
                <span>{name}</span>
                <button type="button" className="re-chip-remove" aria-label={`Remove approver ${name}`} onClick={() => remove(i)}>
                  <Icon name="close" size={12} />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={id}
          ref={inputRef}
          type="text"
          className="re-chips-input"
          autoComplete="off"
          list={listId}
          value={text}
          placeholder={names.length ? 'Add another' : 'Type a name, then Enter'}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => type(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() && onChange(mergeNames(names, text), '')}
        />
      </div>
      <p id={`${id}-hint`} className="field-hint">Enter or a comma adds a name; the requester should not be one of them.</p>
      {warning ? <p id={`${id}-warning`} className="re-field-warning">{warning}</p> : null}
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </div>
  );
}
