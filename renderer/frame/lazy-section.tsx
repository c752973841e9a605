import { lazy, useState, type ComponentType } from 'react';

/**
 * A screen in its own chunk. `preload` fetches it ahead of the click; once it is in, the screen renders
 * at once instead of through Suspense, which would show the fallback and hold the screen back for
 * React's fallback throttle (300 ms) even when the chunk arrives sooner.
 */
export function lazySection<P extends object>(load: () => Promise<ComponentType<P>>): { Screen: ComponentType<P>; preload(): Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (screen) => (loaded = screen),
      (error: unknown) => {
        loading = null; // a later preload or click tries again
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => preload().then((screen) => ({ default: screen })));
  function Screen(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded screen later would remount it.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Screen, preload };
}
