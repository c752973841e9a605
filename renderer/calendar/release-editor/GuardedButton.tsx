import { useId, type ReactNode } from 'react';

interface GuardedButtonProps {
  /** Why the action is not possible now, or null when it is. */
  refusal: string | null;
  onClick(): void;
  /** Called instead of onClick while refused: the reason is shown where everyone can read it. */
  onRefused(reason: string): void;
  className?: string;
  busy?: boolean;
  children: ReactNode;
}

/**
 * A button that stays focusable while it cannot act (aria-disabled, not disabled), so keyboard and
 * screen-reader users reach it and hear why; the reason is its description and its tooltip.
 */
export function GuardedButton({ refusal, onClick, onRefused, className = 'button small', busy, children }: GuardedButtonProps) {
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={className}
        aria-disabled={refusal || busy ? true : undefined}
        aria-describedby={refusal ? id : undefined}
        title={refusal ?? undefined}
        onClick={() => (refusal ? onRefused(refusal) : busy ? undefined : onClick())}
      >
        {children}
      </button>
      {refusal ? <span id={id} className="sr-only">{refusal}</span> : null}
    </>
  );
}
