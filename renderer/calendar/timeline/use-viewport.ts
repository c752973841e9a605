import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Size of the timeline's scroll box, and its horizontal position in steps of `quantum` px: the rows
 * draw a margin either side, so they only need to re-render when the view crosses a step, not on
 * every scroll frame. onScrollLeft sees every position (to keep the centre for zooming).
 */
export function useViewport(ref: RefObject<HTMLDivElement | null>, quantum: RefObject<number>, onScrollLeft: (left: number) => void) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [step, setStep] = useState(0);
  const latest = useRef(onScrollLeft);
  useLayoutEffect(() => {
    latest.current = onScrollLeft;
  });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);

  const sync = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    latest.current(el.scrollLeft);
    setStep(Math.floor(el.scrollLeft / Math.max(1, quantum.current)));
  }, [ref, quantum]);

  return { size, step, onScroll: sync, sync };
}
