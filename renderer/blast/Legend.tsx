/** The map's key; the same words the panel uses. */
export function Legend({ incident, estate }: { incident: boolean; estate: boolean }) {
  return (
    <ul className="blast-legend" aria-label="Map legend">
      <li>
        <span className="swatch source" aria-hidden="true" />
        {incident ? 'Failing' : 'Focus'}
      </li>
      <li>
        <span className="swatch hard" aria-hidden="true" />
        {incident ? 'Stops (hard path)' : 'Hard path: fails'}
      </li>
      <li>
        <span className="swatch soft" aria-hidden="true" />
        {incident ? 'Degrades (soft path)' : 'Soft path: degrades'}
      </li>
      <li>
        <span className="swatch line-hard" aria-hidden="true" />
        Hard dependency
      </li>
      <li>
        <span className="swatch line-soft" aria-hidden="true" />
        Soft dependency
      </li>
      <li>
        <span className="swatch tier1" aria-hidden="true" />
        Tier 1 (double border)
      </li>
      {estate ? (
        <li>
          <span className="swatch line-rest" aria-hidden="true" />
          Other dependencies (shown when zoomed in)
        </li>
      ) : null}
      <li className="muted">Each box: name, tier, hops from the focus</li>
    </ul>
  );
}
