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

export const useUi = create<UiStore>()((set) => ({
  section: 'catalog',
  tab: 'services',
  selectedServiceId: null,
  setSection: (section) => set({ section }),
  setTab: (tab) => set({ tab }),
  selectService: (id) => set(id === null ? { selectedServiceId: null } : { selectedServiceId: id, tab: 'services', section: 'catalog' }),
}));
