/** Not built yet: said plainly, with no stand-in data. */
export function AuditTrailView() {
  return (
    <section className="notice-panel" aria-label="Audit trail is not built yet">
      <h2>Audit trail: not built yet</h2>
      <p className="muted">This view is still being built.</p>
    </section>
  );
}
