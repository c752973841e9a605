import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { type ErrorList, quoted } from './row-errors';
import { MAX_IMPORT_ROWS, MAX_YAML_ALIASES, tooManyRowsMessage } from './limits';

/** A ref as written in the file, with the line it sits on. */
export interface RefAt {
  ref: string;
  line: number;
}

/** The parts of a Backstage descriptor that Release Cockpit reads. */
export interface BackstageEntity {
  file: string;
  line: number;
  kind: string;
  namespace: string;
  name: string;
  title: string | undefined;
  description: string;
  type: string;
  owner: string | undefined;
  system: string | undefined;
  tags: string[];
  annotations: Record<string, string>;
  dependsOn: RefAt[];
  dependencyOf: RefAt[];
  providesApis: RefAt[];
  consumesApis: RefAt[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

interface DocContext { doc: Document.Parsed; lines: LineCounter; file: string; line: number; errors: ErrorList }

function lineOf(ctx: DocContext, path: (string | number)[]): number {
  const node = ctx.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? ctx.lines.linePos(node.range[0]).line : ctx.line;
}

/** spec.dependsOn and friends: a list of entity-reference strings, each with its own line. */
function refList(ctx: DocContext, spec: Record<string, unknown>, field: string): RefAt[] {
  const value = spec[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    ctx.errors.at(lineOf(ctx, ['spec', field]), `spec.${field} must be a list of entity references`, ctx.file);
    return [];
  }
  const refs: RefAt[] = [];
  value.forEach((item, i) => {
    const line = lineOf(ctx, ['spec', field, i]);
    if (typeof item === 'string' && item.trim() !== '') refs.push({ ref: item.trim(), line });
    else ctx.errors.at(line, `spec.${field} holds ${quoted(JSON.stringify(item) ?? String(item))}, which is not an entity reference such as component:default/orders-api`, ctx.file);
  });
  return refs;
}

function stringMap(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (text(v) === undefined ? [] : [[k.toLowerCase(), text(v) ?? '']])));
}

function toEntity(ctx: DocContext, raw: Record<string, unknown>): BackstageEntity | null {
  const kind = text(raw.kind);
  const apiVersion = text(raw.apiVersion);
  const metadata = isRecord(raw.metadata) ? raw.metadata : {};
  const spec = isRecord(raw.spec) ? raw.spec : {};
  const name = text(metadata.name);
  const problems = [
    apiVersion?.startsWith('backstage.io/') ? null : `apiVersion is ${apiVersion ? quoted(apiVersion) : 'missing'}; a Backstage descriptor starts with apiVersion: backstage.io/v1alpha1`,
    kind ? null : 'kind is missing (Component, System, Resource…)',
    name ? null : 'metadata.name is missing',
  ].filter((p): p is string => p !== null);
  for (const p of problems) ctx.errors.at(ctx.line, p, ctx.file);
  if (!kind || !name || problems.length) return null;
  return {
    file: ctx.file, line: ctx.line, kind: kind.toLowerCase(), name,
    namespace: (text(metadata.namespace) ?? 'default').toLowerCase(),
    title: text(metadata.title) || undefined,
    description: text(metadata.description) ?? '',
    type: (text(spec.type) ?? '').toLowerCase(),
    owner: text(spec.owner),
    system: text(spec.system),
    tags: Array.isArray(metadata.tags) ? metadata.tags.map((t) => String(t).toLowerCase()) : [],
    annotations: stringMap(metadata.annotations),
    dependsOn: refList(ctx, spec, 'dependsOn'),
    dependencyOf: refList(ctx, spec, 'dependencyOf'),
    providesApis: refList(ctx, spec, 'providesApis'),
    consumesApis: refList(ctx, spec, 'consumesApis'),
  };
}

/** The document as plain data; a billion-laughs alias bomb is refused rather than expanded. */
function documentValue(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return new Error(`the YAML expands its aliases (*name) more than ${MAX_YAML_ALIASES} times, the limit; a descriptor needs few, if any`);
    }
    throw error;
  }
}

/**
 * Reads every YAML document of every file. Syntax errors and documents that are not Backstage
 * descriptors are errors with file and line; empty documents (a trailing `---`) are ignored.
 */
export function readBackstageFiles(files: { name: string; text: string }[], errors: ErrorList): BackstageEntity[] {
  const entities: BackstageEntity[] = [];
  let documents = 0;
  for (const file of files) {
    const lines = new LineCounter();
    const docs = parseAllDocuments(file.text, { lineCounter: lines });
    if (!Array.isArray(docs)) continue;
    documents += docs.length;
    if (documents > MAX_IMPORT_ROWS) {
      errors.at(1, tooManyRowsMessage('YAML documents'), file.name);
      return [];
    }
    for (const doc of docs) {
      const line = lines.linePos(doc.contents?.range[0] ?? doc.range[0]).line;
      if (doc.errors.length > 0) {
        for (const e of doc.errors) errors.at(e.linePos?.[0].line ?? line, `the YAML cannot be read: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`, file.name);
        continue;
      }
      const value = documentValue(doc);
      if (value instanceof Error) {
        errors.at(line, value.message, file.name);
        continue;
      }
      if (value === null || value === undefined) continue;
      if (!isRecord(value)) {
        errors.at(line, 'this document is not a Backstage descriptor (expected apiVersion, kind, metadata and spec)', file.name);
        continue;
      }
      const entity = toEntity({ doc, lines, file: file.name, line, errors }, value);
      if (entity) entities.push(entity);
    }
  }
  return entities;
}
