import { useRef, type KeyboardEvent } from 'react';
import { useUi } from '../state/ui';
import { Icon } from '../ui/Icon';
import { SECTION_INFO } from './sections';

/** The section list: Tab reaches it, Up/Down move within it, Alt+1…5 jump from anywhere. */
export function Navigation() {
  const section = useUi((s) => s.section);
  const setSection = useUi((s) => s.setSection);
  const listRef = useRef<HTMLUListElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  }

  return (
    <nav className="nav" aria-label="Sections">
      <ul ref={listRef} onKeyDown={onKeyDown}>
        {SECTION_INFO.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={s.id === section ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${i + 1}`}
              onClick={() => setSection(s.id)}
              onPointerEnter={s.preload}
              onFocus={s.preload}
            >
              <Icon name={s.icon} />
              <span className="nav-label">{s.label}</span>
              <kbd className="nav-key" aria-hidden="true">Alt {i + 1}</kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
