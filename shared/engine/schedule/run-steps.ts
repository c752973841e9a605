/** Runs a stepwise computation to its end without pausing, for callers with nothing else to do. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
