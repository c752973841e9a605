// `performance` exists in Node and browsers, but shared/ compiles without DOM or Node typings.
const timer = (globalThis as { performance?: { now(): number } }).performance;

/** Monotonic milliseconds where available. */
export function nowMs(): number {
  return timer ? timer.now() : Date.now();
}
