import type { RowError } from '../api/import-report';
import { plural } from '../text/plural';
import { MAX_REPORTED_ERRORS } from './limits';

/**
 * Problems found while reading a file. The message says what is wrong in plain words; where it is
 * (line, file, JSON path) travels in its own fields so every screen can show it its own way.
 */
export class ErrorList {
  private readonly kept: RowError[] = [];
  /** Problems past MAX_REPORTED_ERRORS: counted, not kept, so a file of bad rows cannot fill the memory. */
  private unlisted = 0;

  at(line: number, message: string, file?: string): void {
    this.push(file === undefined ? { line, message } : { file, line, message });
  }

  atPath(path: string, message: string): void {
    this.push({ path, message });
  }

  private push(error: RowError): void {
    if (this.kept.length < MAX_REPORTED_ERRORS) this.kept.push(error);
    else this.unlisted += 1;
  }

  /** In the order found, with a last entry saying how many more there were. */
  get errors(): RowError[] {
    return this.unlisted ? [...this.kept, { message: `and ${plural(this.unlisted, 'more problem')} not listed (the first ${MAX_REPORTED_ERRORS} are)` }] : [...this.kept];
  }

  /** In file order (file, then line), whatever order the checks ran in; JSON paths keep their order. */
  sorted(): RowError[] {
    const kept = [...this.kept].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
    return this.unlisted ? [...kept, ...this.errors.slice(-1)] : kept;
  }

  get size(): number {
    return this.kept.length + this.unlisted;
  }
}

/** Shows a value the way the user typed it, so they can find it in their file. */
export const quoted = (value: string) => `“${value.length > 80 ? `${value.slice(0, 77)}…` : value}”`;

/** The headline of a rejected import: how many places are wrong, and that nothing changed. */
export function rejectionSentence(errors: RowError[], unit: 'row' | 'item' | 'entity'): string {
  const places = new Set(errors.map((e) => `${e.file ?? ''}:${e.line ?? ''}:${e.path?.replace(/\].*$/, ']') ?? ''}`));
  const n = places.size;
  const units = { row: plural(n, 'row'), item: plural(n, 'item'), entity: plural(n, 'entity', 'entities') }[unit];
  return `${units} ${n === 1 ? 'has a problem' : 'have problems'}; nothing was imported. Fix the ${n === 1 ? unit : unit === 'entity' ? 'entities' : `${unit}s`} listed and import the file again.`;
}
