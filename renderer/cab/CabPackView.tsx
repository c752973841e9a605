/** Not built yet: said plainly, with no stand-in data. */
export function CabPackView() {
  return (
    <section className="notice-panel" aria-label="CAB pack is not built yet">
      <h2>CAB pack: not built yet</h2>
      <p className="muted">This view is still being built.</p>
    </section>
  );
}
