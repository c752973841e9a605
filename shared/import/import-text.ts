import * as z from 'zod';
import { MAX_IMPORT_CHARS, tooLargeMessage } from './limits';

// Apart from limits.ts so the renderer can read the limits without bundling zod.
/** The text of one imported file, refused before any parsing when it is over the limit. */
export const importText = z.string().max(MAX_IMPORT_CHARS, { error: (issue) => tooLargeMessage(typeof issue.input === 'string' ? issue.input.length : MAX_IMPORT_CHARS) });
