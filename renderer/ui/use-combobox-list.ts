import { useState, type ChangeEvent, type KeyboardEvent } from 'react';

/**
 * The list half of a searchable combobox: whether the list is open, which option is active, and
 * the keys (Up/Down move or open, Enter picks, Escape closes without closing the dialog around it).
 */
export function useComboboxList<T>(matches: readonly T[], pick: (option: T) => void) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const activeOption = matches[Math.min(active, matches.length - 1)];

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.max(0, Math.min(matches.length - 1, a + (event.key === 'ArrowDown' ? 1 : -1))));
    } else if (event.key === 'Enter' && open && activeOption !== undefined) {
      event.preventDefault();
      pick(activeOption);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  /**
   * The input's half, the same for every picker: its combobox roles and states, and the handlers that
   * open the list as the person types. A picker adds its own value, label links and, if it must, onBlur.
   */
  function inputProps(id: string, activeKey: string | number | undefined, onText: (text: string) => void) {
    return {
      id,
      type: 'text',
      role: 'combobox',
      autoComplete: 'off',
      'aria-autocomplete': 'list' as const,
      'aria-expanded': open,
      'aria-controls': `${id}-list`,
      'aria-activedescendant': open && activeKey !== undefined ? `${id}-opt-${activeKey}` : undefined,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        onText(event.target.value);
        setActive(0);
        setOpen(true);
      },
      onClick: () => setOpen(true),
      onKeyDown,
      onBlur: () => setOpen(false),
    };
  }

  return { open, setOpen, active, setActive, activeOption, onKeyDown, inputProps };
}
