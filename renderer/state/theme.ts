import { create } from 'zustand';

export type Theme = 'light' | 'dark';
const KEY = 'cockpit.theme';

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

const systemTheme = (): Theme => (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

interface ThemeStore {
  theme: Theme;
  toggle(): void;
}

export const useTheme = create<ThemeStore>()((set, get) => ({
  theme: stored() ?? systemTheme(),
  toggle: () => {
    const theme: Theme = get().theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // Storage can be unavailable (private windows); the toggle still works for this session.
    }
    apply(theme);
    set({ theme });
  },
}));

/** Applies the remembered (or system) theme before first paint and follows the system until the user chooses. */
export function startTheme(): void {
  apply(useTheme.getState().theme);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (stored() !== null) return;
    const theme = systemTheme();
    apply(theme);
    useTheme.setState({ theme });
  });
}
