import { useEffect } from 'react';
import { useNotices } from '../state/notices';
import { Icon } from '../ui/Icon';

const STATUS_MS = 8000;

/** The global alert (failed calls, in the API's words) and status (confirmations) live regions. */
export function Notices() {
  const { error, status, statusSeq, dismissError, clearStatus } = useNotices();
  useEffect(() => {
    if (status === null) return;
    const timer = setTimeout(() => clearStatus(statusSeq), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status, statusSeq, clearStatus]);

  return (
    <div className="notices">
      <div role="alert" className={error ? 'notice notice-error' : 'notice-empty'}>
        {error ? (
          <>
            <Icon name="alert" />
            <span className="notice-text">{error}</span>
            <button type="button" className="notice-dismiss" onClick={dismissError}>
              Dismiss
            </button>
          </>
        ) : null}
      </div>
      <div role="status" className={status ? 'notice notice-ok' : 'notice-empty'}>
        {status ? (
          <>
            <Icon name="check" />
            <span className="notice-text">{status}</span>
          </>
        ) : null}
      </div>
    </div>
  );
}
