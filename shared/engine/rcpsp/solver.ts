import { lowerBound } from './bounds';
import { nowMs } from './clock';
import { compileProblem } from './compiled-problem';
import { GeneticSearch, type GeneticSettings } from './genetic-search';
import { Random } from './random';
import { SerialScheduler } from './serial-sgs';
import type { RcpspProblem, SolveOptions, SolveResult } from './types';
import { validateProblem } from './validate';

/** Larger projects need more diversity; small ones converge quickly and restart often. */
function settingsFor(jobCount: number): GeneticSettings {
  return {
    populationSize: jobCount <= 40 ? 40 : 80,
    mutationRate: 0.3,
    stallGenerations: jobCount <= 40 ? 30 : 60,
  };
}

/**
 * Minimises the makespan of a single-mode RCPSP: priority-rule schedules and regret-biased
 * samples seed a genetic algorithm on activity lists whose children are decoded by the serial
 * SGS and improved by forward-backward justification. Stops at the time limit, at
 * `maxSchedules` SGS passes, or as soon as a lower bound proves the incumbent optimal.
 */
export function solveRcpsp(problem: RcpspProblem, options: SolveOptions): SolveResult {
  const began = nowMs();
  validateProblem(problem);
  const bound = lowerBound(problem);
  const compiled = compileProblem(problem);
  const scheduler = new SerialScheduler(compiled);
  const search = new GeneticSearch(compiled, scheduler, new Random(options.seed), settingsFor(compiled.jobCount));
  search.run({
    // Keep a sliver of the budget for copying out the result.
    deadline: began + options.timeLimitMs - 0.2,
    maxSchedules: options.maxSchedules ?? Number.POSITIVE_INFINITY,
    lowerBound: bound,
  });
  const makespan = search.bestMakespan === Number.MAX_SAFE_INTEGER ? 0 : search.bestMakespan;
  return {
    starts: Array.from(search.bestStarts),
    makespan,
    schedules: scheduler.passes,
    ms: nowMs() - began,
    lowerBound: bound,
  };
}
