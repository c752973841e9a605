export type { RcpspJob, RcpspProblem, RcpspSchedule, SolveOptions, SolveResult } from './types';
export { parsePsplibSm } from './psplib-parse';
export { checkSchedule, describeViolation, type Violation } from './feasibility';
export { criticalPathLowerBound, earliestStarts, latestStarts, lowerBound, resourceLowerBound } from './bounds';
export { validateProblem } from './validate';
export { solveRcpsp } from './solver';
