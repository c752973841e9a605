import { useId, type ReactNode } from 'react';
import { Icon } from '../../ui/Icon';

/** One titled part of the release editor: a region named by its heading. */
export function Section({ title, children, className, aside }: { title: string; children: ReactNode; className?: string; aside?: ReactNode }) {
  const id = useId();
  return (
    <section className={`re-section ${className ?? ''}`} aria-labelledby={id}>
      <div className="re-section-head">
        <h3 id={id}>{title}</h3>
        {aside}
      </div>
      {children}
    </section>
  );
}

/** A problem for a whole list (e.g. "waves"), shown only when no row carries it already. */
export function sectionError(errors: Record<string, string>, key: string): string | undefined {
  const rowLevel = Object.keys(errors).some((k) => k.startsWith(`${key}.`));
  return rowLevel ? undefined : errors[key];
}

/** A warning that is announced when it appears; the box stays in the page so screen readers hear changes. */
export function Warning({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="re-warning-slot" aria-live="polite">
      {children ? (
        <p className="re-warning" id={id}>
          <Icon name="alert" />
          <span>{children}</span>
        </p>
      ) : null}
    </div>
  );
}
