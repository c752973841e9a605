/** Why a release ended up unscheduled in a pass; `failOther` names the release involved. */
export const FAIL_NONE = 0;
export const FAIL_CYCLE = 1;
/** A pin that does not fit: next to an earlier pin (failOther), or on a resource of capacity 0 (failOther -1). */
export const FAIL_PIN_CLASH = 2;
/** Predecessor failOther is not scheduled. */
export const FAIL_PREDECESSOR = 3;
/** Placed together with failOther (same-window chain), which could not be placed. */
export const FAIL_GROUP = 4;
/** No start satisfies its own calendar, capacities and bounds (failLow/failHigh; failOther: the predecessor setting failLow, or -1). */
export const FAIL_NO_SLOT = 5;
/** A pin that breaks a precedence with failOther. */
export const FAIL_PIN_ORDER = 6;
/** It fits on its own, but never in a window shared with same-window partner failOther. */
export const FAIL_WINDOW = 7;
/** Its maintenance windows and those of same-window partner failOther never overlap with room for both. */
export const FAIL_DISJOINT_WINDOWS = 8;
