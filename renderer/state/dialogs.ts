import { create } from 'zustand';
import type { BusinessProcess, Dependency, Service, Site } from '../../shared/model/catalog';
import type { PlanWindow, Release } from '../../shared/model/plan';

export interface DeleteTarget {
  entity: 'service' | 'site' | 'process' | 'dependency' | 'release' | 'window';
  id: number;
  name: string;
}

/** Which dialog is open; one at a time, rendered by the DialogHost. */
export type DialogRequest =
  | { type: 'service'; service: Service | null }
  | { type: 'site'; site: Site | null }
  | { type: 'dependency'; dependency: Dependency | null; fromId?: number }
  | { type: 'process'; process: BusinessProcess | null }
  | { type: 'import' }
  /** A new release may come with a start (e.g. where the user double-clicked on the timeline). */
  | { type: 'release'; release: Release | null; plannedStart?: string; serviceIds?: number[] }
  | { type: 'window'; window: PlanWindow | null }
  | { type: 'exception'; windowId: number; releaseId: number }
  | { type: 'schedule'; releaseIds: number[] }
  | { type: 'export-ics' }
  | { type: 'backups' }
  | { type: 'profiles' }
  | { type: 'confirm-delete'; target: DeleteTarget; message: string; details: unknown };

interface DialogStore {
  open: DialogRequest | null;
  /** Bumped on every show, so a new request always mounts a fresh dialog. */
  seq: number;
  show(request: DialogRequest): void;
  close(): void;
}

export const useDialogs = create<DialogStore>()((set) => ({
  open: null,
  seq: 0,
  show: (request) => set((s) => ({ open: request, seq: s.seq + 1 })),
  close: () => set({ open: null }),
}));

export const openDialog = (request: DialogRequest) => useDialogs.getState().show(request);
export const closeDialog = () => useDialogs.getState().close();
