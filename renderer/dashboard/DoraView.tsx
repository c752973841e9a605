/** Not built yet: said plainly, with no stand-in data. */
export function DoraView() {
  return (
    <section className="notice-panel" aria-label="Delivery measures is not built yet">
      <h2>Delivery measures: not built yet</h2>
      <p className="muted">This view is still being built.</p>
    </section>
  );
}
