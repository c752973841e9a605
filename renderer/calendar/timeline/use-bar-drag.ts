import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import type { Conflict } from '../../../shared/engine/conflicts';
import type { Release } from '../../../shared/model/plan';
import { isoInstant } from '../../../shared/engine/schedule/propose';
import { previewConflicts } from '../../state/workspace-sync';

export interface DragState {
  releaseId: number;
  mode: 'move' | 'resize';
  candidate: Release;
  startMs: number;
  endMs: number;
  /** What the candidate would conflict with if dropped here: computed by the engine on every step. */
  conflicts: Conflict[];
  pointer: { x: number; y: number };
  moved: boolean;
}

interface Options {
  pxPerMs: number;
  snapMs: number;
  onClick(release: Release): void;
  onCommit(candidate: Release, original: Release): Promise<void>;
}

const DRAG_THRESHOLD_PX = 4;

/** Pointer drag to move a release, or to resize it from its right edge, with a live conflict preview. */
export function useBarDrag({ pxPerMs, snapMs, onClick, onCommit }: Options) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const options = useRef({ pxPerMs, snapMs, onClick, onCommit });
  useEffect(() => {
    options.current = { pxPerMs, snapMs, onClick, onCommit };
  });
  const cleanup = useRef<(() => void) | null>(null);
  useEffect(() => () => cleanup.current?.(), []);

  const onPointerDown = useCallback((event: PointerEvent<HTMLElement>, original: Release, mode: 'move' | 'resize') => {
    if (event.button !== 0 || !original.plannedStart) return;
    event.preventDefault();
    (event.currentTarget.closest('[data-release-id]') as HTMLElement | null)?.focus({ preventScroll: true });
    const originX = event.clientX;
    const originStart = Date.parse(original.plannedStart);
    let lastDelta = Number.NaN;
    let state: DragState | null = null;

    const move = (e: globalThis.PointerEvent) => {
      const { pxPerMs: px, snapMs: snap } = options.current;
      const dx = e.clientX - originX;
      if (!state && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
      const delta = Math.round(dx / px / snap) * snap;
      if (state && delta === lastDelta) {
        state = { ...state, pointer: { x: e.clientX, y: e.clientY } };
        setDrag(state);
        return;
      }
      lastDelta = delta;
      const candidate: Release =
        mode === 'move'
          ? { ...original, plannedStart: isoInstant(originStart + delta) }
          : { ...original, durationMinutes: Math.max(Math.round(snap / 60_000), original.durationMinutes + Math.round(delta / 60_000)) };
      const startMs = Date.parse(candidate.plannedStart!);
      state = { releaseId: original.id, mode, candidate, startMs, endMs: startMs + candidate.durationMinutes * 60_000, conflicts: previewConflicts(candidate, original), pointer: { x: e.clientX, y: e.clientY }, moved: true };
      setDrag(state);
    };
    const end = (commit: boolean) => {
      cleanup.current?.();
      const finished = state;
      if (!finished) {
        if (commit) options.current.onClick(original);
        return;
      }
      const unchanged = finished.candidate.plannedStart === original.plannedStart && finished.candidate.durationMinutes === original.durationMinutes;
      if (!commit || unchanged) return setDrag(null);
      // Keep the bar where it was dropped until the write lands and the plan is re-read.
      void options.current.onCommit(finished.candidate, original).finally(() => setDrag(null));
    };
    const up = () => end(true);
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        end(false);
      }
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('keydown', key, true);
    cleanup.current = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('keydown', key, true);
      cleanup.current = null;
    };
  }, []);

  return { drag, onPointerDown };
}
