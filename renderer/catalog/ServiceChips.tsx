import { useWorkspace } from '../state/workspace';
import { Icon } from '../ui/Icon';
import { ServicePicker } from './ServicePicker';

interface ServiceChipsProps {
  /** The picker's label, e.g. "Add a failing service". */
  label: string;
  /** The list's accessible name. */
  listLabel: string;
  value: number[];
  onChange(ids: number[]): void;
  error?: string | undefined;
  hint?: string;
  /** What the empty list says. */
  empty: string;
}

/** A set of services: a picker that adds one, and a chip per service with a button that removes it. */
export function ServiceChips({ label, listLabel, value, onChange, error, hint, empty }: ServiceChipsProps) {
  const serviceById = useWorkspace((s) => s.index.serviceById);
  const name = (id: number) => serviceById.get(id)?.name ?? `#${id}`;
  return (
    <>
      <ServicePicker label={label} value={null} onChange={(id) => id !== null && !value.includes(id) && onChange([...value, id])} error={error} {...(hint ? { hint } : {})} />
      <ul className="chips" aria-label={listLabel}>
        {value.map((id) => (
          <li key={id} className="chip">
            {name(id)}
            <button type="button" className="icon-button" aria-label={`Remove ${serviceById.get(id)?.name ?? id}`} onClick={() => onChange(value.filter((x) => x !== id))}>
              <Icon name="close" size={12} />
            </button>
          </li>
        ))}
        {value.length === 0 ? <li className="muted">{empty}</li> : null}
      </ul>
    </>
  );
}
