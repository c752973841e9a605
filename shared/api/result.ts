import type { ChangeSet } from './changes';

// Every call across the boundary returns one of these, never a thrown error.
export const ERROR_CODES = [
  'VALIDATION', 'NOT_FOUND', 'DUPLICATE', 'DEPENDENTS_EXIST', 'IMPORT_REJECTED', 'NOTHING_TO_UNDO',
  'WORKSPACE_TOO_NEW', 'READ_ONLY', 'UNKNOWN_METHOD', 'UNAUTHORISED', 'CANCELLED', 'INTERNAL',
  // A governance rule said no: an illegal lifecycle move, an approval by the requester.
  'REFUSED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  /** A sentence a change manager understands; shown as is. */
  message: string;
  issues?: FieldIssue[];
  details?: unknown;
}

/** A write's success also carries the change set it made, for the page that called to apply at once. */
export type Result<T> = { ok: true; value: T; changes?: ChangeSet } | { ok: false; error: ApiError };

/** Thrown inside handlers and turned into a typed error by the dispatcher. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}
