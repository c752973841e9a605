import { samePerson } from '../../text/same-person';

/**
 * A break-glass exception to a soft freeze for one release. Hard freezes accept none.
 * It counts only when approved by someone other than the requester, with a reason.
 */
export interface FreezeException {
  windowId: number;
  releaseId: number;
  reason: string;
  requester: string;
  approver: string;
}

/** The engine's view of a stored exception: not approved yet reads as an empty approver. */
export function toFreezeException(e: Omit<FreezeException, 'approver'> & { approver: string | null }): FreezeException {
  return { windowId: e.windowId, releaseId: e.releaseId, reason: e.reason, requester: e.requester, approver: e.approver ?? '' };
}

/** Why an exception does not count, in words; empty when it is valid. */
export function exceptionProblems(exception: FreezeException): string[] {
  const problems: string[] = [];
  if (!exception.reason.trim()) problems.push('The exception has no reason');
  if (!exception.requester.trim()) problems.push('The exception names no requester');
  if (!exception.approver.trim()) problems.push('The exception is not approved');
  else if (samePerson(exception.approver, exception.requester)) problems.push('The approver is the requester');
  return problems;
}

export function isApprovedException(exception: FreezeException): boolean {
  return exceptionProblems(exception).length === 0;
}

/** Looks up exceptions by (window, release). */
export class ExceptionBook {
  private readonly byKey = new Map<string, FreezeException[]>();

  constructor(exceptions: readonly FreezeException[] = []) {
    for (const exception of exceptions) {
      const key = `${exception.windowId}|${exception.releaseId}`;
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), exception]);
    }
  }

  /** The approved exception, if any; otherwise the problems of the ones on file (to show as evidence). */
  find(windowId: number, releaseId: number): { approved: FreezeException | null; rejected: string[] } {
    const candidates = this.byKey.get(`${windowId}|${releaseId}`) ?? [];
    const approved = candidates.find(isApprovedException) ?? null;
    return { approved, rejected: approved ? [] : candidates.flatMap(exceptionProblems) };
  }
}
