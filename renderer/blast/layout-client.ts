import type { LayoutRequest, LayoutResponse } from './layout-protocol';

type Positions = Record<string, { x: number; y: number }>;

/** Where the bundler writes the worker (electron/build/bundle.ts), next to app.js. */
const WORKER_URL = 'blast-layout.js';
const CACHE_LIMIT = 24;

/** Two lanes, so a focus change never queues behind the whole estate's long layout. */
type Lane = 'focus' | 'estate';
const workers = new Map<Lane, Worker | null>();
let seq = 0;
const pending = new Map<number, { resolve(p: Positions | null): void }>();
/** Layouts by graph signature: going back to an earlier focus, or to the whole estate, costs nothing. */
const cache = new Map<string, Positions>();

function getWorker(lane: Lane): Worker | null {
  const existing = workers.get(lane);
  if (existing !== undefined) return existing;
  try {
    const worker = new Worker(WORKER_URL, { name: `blast-layout-${lane}` });
    workers.set(lane, worker);
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const waiting = pending.get(event.data.seq);
      pending.delete(event.data.seq);
      waiting?.resolve(event.data.ok ? event.data.positions : null);
    };
    worker.onerror = () => {
      // A worker that cannot load (a file:// page) falls back to cytoscape's own layout for every request.
      workers.set(lane, null);
      for (const [, waiting] of pending) waiting.resolve(null);
      pending.clear();
    };
    return worker;
  } catch {
    workers.set(lane, null);
    return null;
  }
}

/** Loads ELK in the worker before the first real request, so the first focus does not pay for it. */
export function warmLayoutWorker(): void {
  void layoutGraph({ nodes: [{ id: 'a', width: 10, height: 10 }], groups: [], edges: [], roots: [], large: false }, 'warm');
}

/** ELK positions for a graph from the worker, or null when no worker is available (the map then lays out itself). */
export function layoutGraph(request: Omit<LayoutRequest, 'seq'>, signature: string): Promise<Positions | null> {
  const hit = cache.get(signature);
  if (hit) return Promise.resolve(hit);
  const w = getWorker(request.large ? 'estate' : 'focus');
  if (!w) return Promise.resolve(null);
  const mine = ++seq;
  return new Promise<Positions | null>((resolve) => {
    pending.set(mine, {
      resolve: (positions) => {
        if (positions) {
          cache.set(signature, positions);
          if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
        }
        resolve(positions);
      },
    });
    w.postMessage({ ...request, seq: mine } satisfies LayoutRequest);
  });
}
