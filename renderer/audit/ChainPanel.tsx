import { useState } from 'react';
import type { AuditVerdict } from '../../shared/api/contract';
import { call } from '../api/client';
import { useWorkspace } from '../state/workspace';
import { localTime } from './audit-format';
import { useAuditHead } from './use-audit-head';

/** The chain's head (re-read when a change set arrives) and a check of the whole chain on demand. */
export function ChainPanel() {
  const position = useWorkspace((s) => s.position);
  const head = useAuditHead();
  // Kept with the position it was checked at: a later write makes it stale, so it is no longer shown.
  const [checked, setChecked] = useState<{ position: number; verdict: { value: AuditVerdict; at: number } | { error: string } } | null>(null);
  const verdict = checked?.position === position ? checked.verdict : null;
  const [verifying, setVerifying] = useState(false);

  async function verify() {
    const checkedAt = position;
    setVerifying(true);
    const r = await call('audit.verify', {});
    setVerifying(false);
    setChecked({ position: checkedAt, verdict: r.ok ? { value: r.value, at: Date.now() } : { error: r.error.message } });
  }

  return (
    <section className="audit-chain" aria-labelledby="audit-chain-title">
      <h3 id="audit-chain-title">Hash chain</h3>
      <dl className="audit-chain-facts">
        <div>
          <dt>Entries</dt>
          <dd className="num" aria-label="Entry count">{head ? head.count : '…'}</dd>
        </div>
        <div className="audit-chain-hash">
          <dt>Head hash</dt>
          <dd><code aria-label="Head hash">{head ? head.headHash : '…'}</code></dd>
        </div>
      </dl>
      <div className="audit-chain-verify">
        <button type="button" className="button" onClick={() => void verify()} disabled={verifying}>
          {verifying ? 'Verifying…' : 'Verify chain'}
        </button>
        <p role="status" className="audit-verdict">
          {verdict === null ? null : 'error' in verdict ? (
            <span className="text-danger">{verdict.error}</span>
          ) : verdict.value.intact ? (
            <span className="ok">Intact: {verdict.value.count} entries chain to head hash {verdict.value.headHash.slice(0, 12)}… (checked {localTime(new Date(verdict.at).toISOString())}).</span>
          ) : (
            <span className="text-danger">
              Broken at entry {verdict.value.brokenId}{verdict.value.brokenAt ? ` (${localTime(verdict.value.brokenAt)})` : ''}: {verdict.value.problem}
            </span>
          )}
        </p>
      </div>
      <p className="muted small">The trail is tamper-evident: a changed or removed entry breaks the chain. Someone who can write the file could still rebuild the whole chain, so keep a copy of the head hash elsewhere; a later check against that copy proves whether history was rewritten.</p>
    </section>
  );
}
