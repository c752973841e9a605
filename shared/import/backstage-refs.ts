/** A Backstage entity reference, `[<kind>:][<namespace>/]<name>`, compared case-insensitively. */
export interface EntityRef {
  /** Lower case; undefined when the reference leaves it to context. */
  kind: string | undefined;
  namespace: string;
  name: string;
}

export function parseEntityRef(ref: string, defaults: { kind?: string; namespace?: string } = {}): EntityRef | null {
  const m = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/.exec(ref.trim());
  if (!m || !m[3]) return null;
  return {
    kind: (m[1] ?? defaults.kind)?.toLowerCase(),
    namespace: (m[2] ?? defaults.namespace ?? 'default').toLowerCase(),
    name: m[3],
  };
}

/** The key Backstage itself uses for an entity: `kind:namespace/name`, all lower case. */
export const refKey = (kind: string, namespace: string, name: string) => `${kind}:${namespace}/${name}`.toLowerCase();

export const formatRef = (r: EntityRef) => `${r.kind ? `${r.kind}:` : ''}${r.namespace}/${r.name}`;
