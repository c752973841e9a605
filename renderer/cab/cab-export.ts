import { create } from 'zustand';
import { savePagePdf } from '../ui/print-pdf';

/** The week the pack shows ("YYYY-MM-DD" of its Monday), kept while the person visits other sections; null: next week. */
export const useCabWeek = create<{ monday: string | null; choose: (monday: string | null) => void }>()((set) => ({
  monday: null,
  choose: (monday) => set({ monday }),
}));

/** The pack as a PDF, through the same print pipeline as the incident report. */
export const saveCabPdf = (monday: string) => savePagePdf(`cab-pack-week-of-${monday}.pdf`);
