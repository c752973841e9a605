import { useEffect, useRef, useState } from 'react';

/**
 * True once the element has come near the viewport, until `drawKey` changes. Charts below the fold
 * are drawn as they scroll in, so switching the grouping redraws only what can be seen: six charts
 * of forty-odd services each cost seconds on a slow machine.
 */
export function useSeen<T extends Element>(drawKey: string): { ref: React.RefObject<T | null>; seen: boolean } {
  const ref = useRef<T>(null);
  const [seenFor, setSeenFor] = useState<string | null>(null);
  const seen = seenFor === drawKey;
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeenFor(drawKey);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen, drawKey]);
  return { ref, seen };
}
