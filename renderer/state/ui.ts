import { create } from 'zustand';

export const SECTIONS = ['catalog', 'calendar', 'blast-radius', 'runbooks', 'dashboard'] as const;
export type Section = (typeof SECTIONS)[number];

export const CATALOG_TABS = ['services', 'sites', 'dependencies', 'processes'] as const;
export type CatalogTab = (typeof CATALOG_TABS)[number];

interface UiStore {
  section: Section;
  tab: CatalogTab;
  selectedServiceId: number | null;
  setSection(section: Section): void;
  setTab(tab: CatalogTab): void;
  /** Shows a service in the detail panel (and switches to the Services tab). */
  selectService(id: number | null): void;
}

const SECTION_KEY = 'cockpit.section';
const isSection = (value: string | null): value is Section => (SECTIONS as readonly string[]).includes(value ?? '');

/** The section in the address (#calendar, for a bookmark), else the one used last, else the catalog. */
function startSection(): Section {
  const fromHash = window.location.hash.slice(1);
  if (isSection(fromHash)) return fromHash;
  try {
    const last = localStorage.getItem(SECTION_KEY);
    if (isSection(last)) return last;
  } catch {
    // storage can be switched off; the catalog is a fine start then
  }
  return 'catalog';
}

/** Keeps the address and the next start in step with the section on screen. */
function rememberSection(section: Section): void {
  const url = new URL(window.location.href);
  url.hash = section;
  window.history.replaceState(null, '', url.toString());
  try {
    localStorage.setItem(SECTION_KEY, section);
  } catch {
    // not remembered; nothing else depends on it
  }
}

export const useUi = create<UiStore>()((set) => ({
  section: startSection(),
  tab: 'services',
  selectedServiceId: null,
  setSection: (section) => set({ section }),
  setTab: (tab) => set({ tab }),
  selectService: (id) => set(id === null ? { selectedServiceId: null } : { selectedServiceId: id, tab: 'services', section: 'catalog' }),
}));

// Whatever switches the section, the address and the next start follow.
useUi.subscribe((state, previous) => {
  if (state.section !== previous.section) rememberSection(state.section);
});

// A #section typed into the address bar (or the browser's back and forward) switches sections too.
window.addEventListener('hashchange', () => {
  const section = window.location.hash.slice(1);
  if (isSection(section) && section !== useUi.getState().section) useUi.getState().setSection(section);
});
