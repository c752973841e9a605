import { useEffect } from 'react';
import { SECTIONS, useUi } from '../state/ui';
import { redo, undo } from '../state/writes';

/** Text fields keep their own Ctrl+Z; an open dialog owns the keyboard. */
function typingOrModal(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y for undo and redo, Alt+1…5 for the sections. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const key = event.key.toLowerCase();
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && (key === 'z' || key === 'y')) {
        if (typingOrModal(event.target)) return;
        event.preventDefault();
        void (key === 'y' || event.shiftKey ? redo() : undo());
        return;
      }
      if (event.altKey && !mod && !event.shiftKey && /^Digit[1-5]$/.test(event.code)) {
        if (document.querySelector('dialog[open]')) return;
        const section = SECTIONS[Number(event.code.slice(5)) - 1];
        if (!section) return;
        event.preventDefault();
        useUi.getState().setSection(section);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
