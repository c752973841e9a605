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
/** Requests on their way, by signature: the screen asks as soon as it has the graph, the map asks again when it mounts. */
const inflight = new Map<string, Promise<Positions | null>>();

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

/**
 * A small layered graph, fanning out hop by hop like a real focus: laying it out once loads ELK in the
 * worker and warms the code paths a focus uses, so the first real map is not laid out by cold code.
 */
function warmUpGraph(): Omit<LayoutRequest, 'seq'> {
  const nodes: LayoutRequest['nodes'] = [];
  const edges: LayoutRequest['edges'] = [];
  for (let i = 0; i < 48; i++) {
    nodes.push({ id: `w${i}`, width: 120 + (i % 5) * 20, height: 44 });
    // Each node hangs off one or two earlier ones: a few layers with crossings to minimise.
    if (i > 0) edges.push({ id: `a${i}`, source: `w${Math.floor((i - 1) / 3)}`, target: `w${i}` });
    if (i > 6 && i % 2 === 0) edges.push({ id: `b${i}`, source: `w${(i * 7) % Math.floor(i / 2)}`, target: `w${i}` });
  }
  return { nodes, groups: [], edges, roots: ['w0'], large: false };
}

let warmed = false;
/** Starts the worker and ELK in it (off the main thread) before the first real request; later calls do nothing. */
export function warmLayoutWorker(): void {
  if (warmed) return;
  warmed = true;
  void layoutGraph(warmUpGraph(), 'warm');
}

/** ELK positions for a graph from the worker, or null when no worker is available (the map then lays out itself). */
export function layoutGraph(request: Omit<LayoutRequest, 'seq'>, signature: string): Promise<Positions | null> {
  const hit = cache.get(signature);
  if (hit) return Promise.resolve(hit);
  const onTheWay = inflight.get(signature);
  if (onTheWay) return onTheWay;
  const w = getWorker(request.large ? 'estate' : 'focus');
  if (!w) return Promise.resolve(null);
  const mine = ++seq;
  const answer = new Promise<Positions | null>((resolve) => {
    pending.set(mine, {
      resolve: (positions) => {
        inflight.delete(signature);
        if (positions) {
          cache.set(signature, positions);
          if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
        }
        resolve(positions);
      },
    });
    w.postMessage({ ...request, seq: mine } satisfies LayoutRequest);
  });
  inflight.set(signature, answer);
  return answer;
}
