import { DORA_2024_BANDS, doraBand, type BandedMeasure, type DoraBandName } from '../../shared/engine/dora';

export const BAND_SOURCE = 'Bands: DORA, 2024 Accelerate State of DevOps Report';

export const BAND_LABELS: Record<DoraBandName, string> = { elite: 'Elite', high: 'High', medium: 'Medium', low: 'Low' };

export interface BandRegion {
  band: DoraBandName;
  /** In the engine's unit; `to` is null for the open top region. */
  from: number;
  to: number | null;
}

/**
 * The value ranges each band covers, as doraBand reads them: the 2024 limits are not always ordered
 * (the change fail rate's medium is below high), so each stretch between two limits is classified by
 * the engine and neighbouring stretches of one band are merged. A band no value reaches has no region.
 */
export function bandRegions(measure: BandedMeasure): BandRegion[] {
  const limits = [...new Set(DORA_2024_BANDS[measure].limits.map((l) => l.limit))].sort((a, b) => a - b);
  const edges = [0, ...limits];
  const regions: BandRegion[] = [];
  edges.forEach((from, i) => {
    const to = edges[i + 1] ?? null;
    const probe = to === null ? from * 2 : (from + to) / 2;
    const band = doraBand(measure, probe) ?? 'low';
    const last = regions[regions.length - 1];
    if (last && last.band === band) last.to = to;
    else regions.push({ band, from, to });
  });
  return regions;
}
