import { readFileSync } from 'node:fs';
import type { RcpspProblem } from '../../shared/engine/rcpsp';

/** PSPLIB j301_1 (32 jobs, 4 resources): optimum 43, critical path 38. */
export const j301_1Text = readFileSync(new URL('./fixtures/j301_1.sm', import.meta.url), 'utf8');

/**
 * Hand-made instance in the same format: 4 real jobs, one resource of capacity 2.
 * Critical path 1-2-4-6 is 4, but the jobs need 13 unit-periods of a capacity-2 resource,
 * so no schedule beats 7 (reached e.g. by 2 at 0, 4 and 5 at 3, 3 at 5).
 */
export const tinySmText = `************************************************************************
file with basedata            : tiny.bas
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  6
horizon                       :  10
RESOURCES
  - renewable                 :  1   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          3           2   3   5
   2        1          1           4
   3        1          1           6
   4        1          1           6
   5        1          1           6
   6        1          0
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1
------------------------------------------------------------------------
  1      1     0       0
  2      1     3       2
  3      1     2       2
  4      1     1       1
  5      1     2       1
  6      1     0       0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1
    2
************************************************************************
`;

/** Two jobs that each use the whole resource and have no precedence between them. */
export const twoClashingJobs: RcpspProblem = {
  capacities: [3],
  jobs: [
    { duration: 2, demands: [3], successors: [] },
    { duration: 2, demands: [3], successors: [] },
  ],
};
