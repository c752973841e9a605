import { create } from 'zustand';
import type { HistoryState, WorkspaceInfo } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';
import type { Catalog } from '../../shared/model/catalog';
import { call } from '../api/client';
import { buildIndex, EMPTY_CATALOG, EMPTY_INDEX, type CatalogIndex } from './catalog-index';
import { notify } from './notices';

const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

interface CatalogStore {
  status: 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  info: WorkspaceInfo | null;
  catalog: Catalog;
  index: CatalogIndex;
  history: HistoryState;
  /** Reads workspace info, the catalog and the undo state; called at start and after every write. */
  load(): Promise<void>;
}

let generation = 0;

export const useCatalog = create<CatalogStore>()((set, get) => ({
  status: 'loading',
  loadError: null,
  info: null,
  catalog: EMPTY_CATALOG,
  index: EMPTY_INDEX,
  history: NO_HISTORY,
  async load() {
    const mine = ++generation;
    const [info, catalog, history] = await Promise.all([call('workspace.info', {}), call('catalog.get', {}), call('history.state', {})]);
    if (mine !== generation) return; // a newer load is on its way
    if (!catalog.ok) {
      if (get().status === 'ready') notify.error(catalog.error.message);
      else set({ status: 'error', loadError: catalog.error });
      return;
    }
    set({
      status: 'ready',
      loadError: null,
      catalog: catalog.value,
      index: buildIndex(catalog.value),
      info: info.ok ? info.value : get().info,
      history: history.ok ? history.value : get().history,
    });
  },
}));
