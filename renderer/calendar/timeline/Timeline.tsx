// Being built: the timeline itself.
export function Timeline() {
  return <p className="muted">The timeline is being built.</p>;
}
