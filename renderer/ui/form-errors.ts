import type { ApiError } from '../../shared/api/result';

export interface FormErrors {
  /** The API's sentence, shown at the top of the dialog. */
  message: string | null;
  /** Field name → message, shown next to the field. */
  fields: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { message: null, fields: {} };

/** Turns an API error into per-field messages (by the head of each issue's path) plus the sentence. */
export function formErrors(error: ApiError): FormErrors {
  const fields: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    const head = issue.path.split('.')[0] ?? '';
    if (head && !(head in fields)) fields[head] = issue.message;
  }
  return { message: error.message, fields };
}
