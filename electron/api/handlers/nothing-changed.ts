/** Thrown inside a write's transaction when it would change nothing, so no empty undo step is left behind. */
export class NothingChanged extends Error {}
