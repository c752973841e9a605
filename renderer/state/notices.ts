import { create } from 'zustand';

interface Notices {
  /** A failed call, in the API's own words; stays until dismissed or replaced. */
  error: string | null;
  /** A confirmation such as "Imported 12 services"; fades after a while. */
  status: string | null;
  statusSeq: number;
  showError(message: string): void;
  showStatus(message: string): void;
  dismissError(): void;
  clearStatus(seq: number): void;
}

export const useNotices = create<Notices>()((set) => ({
  error: null,
  status: null,
  statusSeq: 0,
  showError: (message) => set({ error: message }),
  showStatus: (message) => set((s) => ({ status: message, statusSeq: s.statusSeq + 1, error: null })),
  dismissError: () => set({ error: null }),
  clearStatus: (seq) => set((s) => (s.statusSeq === seq ? { status: null } : s)),
}));

export const notify = {
  error: (message: string) => useNotices.getState().showError(message),
  status: (message: string) => useNotices.getState().showStatus(message),
};
