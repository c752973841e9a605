import type { DoraMeasures } from './dora-measures';

/**
 * Performance levels from the 2024 Accelerate State of DevOps Report (DORA, Google Cloud, October
 * 2024), the software delivery performance clusters: elite 19 %, high 22 %, medium 35 %, low 25 %
 * of respondents.
 *
 *                        elite                  high                    medium                   low
 *   deployment frequency on demand (many a day) once a day - once a week once a week - once a month once a month - once in six months
 *   change lead time     less than one day      one day - one week      one week - one month     one month - six months
 *   change fail rate     5 %                    20 %                    10 %                     40 %
 *   recovery time        less than one hour     less than one day       less than one day        one week - one month
 *
 * The clusters describe teams on all four measures together; one measure's band is an approximation.
 * Reading the ranges as thresholds (a value on a boundary gets the better band):
 *   - frequency: an average of at least one deployment a day counts as on demand; a month is 30 days.
 *   - the 2024 change fail rates are not ordered (high 20 % > medium 10 %): a rate gets the best
 *     band whose published rate it does not exceed, so 8 % and 15 % are high, 30 % low, and no rate
 *     reads as medium. The report does not separate high from medium on this measure.
 *   - recovery: high and medium are both "less than one day", so under a day is high; the report
 *     leaves one day to one week unassigned, and it reads as low.
 * Rework and rollback rates have no published clusters: no band.
 */
export type DoraBandName = 'elite' | 'high' | 'medium' | 'low';
export type BandedMeasure = 'deploymentFrequency' | 'leadTime' | 'changeFailRate' | 'recoveryTime';

export interface BandLimit {
  band: DoraBandName;
  /** The report's wording for the cluster. */
  published: string;
  /** The value the band reaches to (see BandScale.better); a chart draws it as a reference line. */
  limit: number;
}

export interface BandScale {
  /** The unit of the value doraBand expects. */
  unit: 'deployments per day' | 'hours' | 'fraction';
  better: 'higher' | 'lower';
  /** A value equal to a limit belongs to that limit's band. */
  inclusive: boolean;
  /** Elite, high, medium, low: the first the value satisfies is its band. */
  limits: readonly BandLimit[];
}

const MONTH_DAYS = 30;

export const DORA_2024_BANDS: Readonly<Record<BandedMeasure, BandScale>> = {
  deploymentFrequency: {
    unit: 'deployments per day',
    better: 'higher',
    inclusive: true,
    limits: [
      { band: 'elite', published: 'On demand (multiple deploys per day)', limit: 1 },
      { band: 'high', published: 'Between once per day and once per week', limit: 1 / 7 },
      { band: 'medium', published: 'Between once per week and once per month', limit: 1 / MONTH_DAYS },
      { band: 'low', published: 'Between once per month and once every six months', limit: 1 / (6 * MONTH_DAYS) },
    ],
  },
  leadTime: {
    unit: 'hours',
    better: 'lower',
    inclusive: false,
    limits: [
      { band: 'elite', published: 'Less than one day', limit: 24 },
      { band: 'high', published: 'Between one day and one week', limit: 7 * 24 },
      { band: 'medium', published: 'Between one week and one month', limit: MONTH_DAYS * 24 },
      { band: 'low', published: 'Between one month and six months', limit: 6 * MONTH_DAYS * 24 },
    ],
  },
  changeFailRate: {
    unit: 'fraction',
    better: 'lower',
    inclusive: true,
    limits: [
      { band: 'elite', published: '5%', limit: 0.05 },
      { band: 'high', published: '20%', limit: 0.2 },
      { band: 'medium', published: '10%', limit: 0.1 },
      { band: 'low', published: '40%', limit: 0.4 },
    ],
  },
  recoveryTime: {
    unit: 'hours',
    better: 'lower',
    inclusive: false,
    limits: [
      { band: 'elite', published: 'Less than one hour', limit: 1 },
      { band: 'high', published: 'Less than one day', limit: 24 },
      { band: 'medium', published: 'Less than one day', limit: 24 },
      { band: 'low', published: 'Between one week and one month', limit: MONTH_DAYS * 24 },
    ],
  },
};

/** The band of one value in the scale's unit; null for no data. Beyond every limit is low. */
export function doraBand(measure: BandedMeasure, value: number | null): DoraBandName | null {
  if (value === null || !Number.isFinite(value)) return null;
  const scale = DORA_2024_BANDS[measure];
  const within = (limit: number) =>
    scale.better === 'higher' ? (scale.inclusive ? value >= limit : value > limit) : scale.inclusive ? value <= limit : value < limit;
  return scale.limits.find((l) => l.band !== 'low' && within(l.limit))?.band ?? 'low';
}

/** Reference lines for a chart of the measure: one per band, at its limit, labelled with the report's words. */
export function bandReferenceLines(measure: BandedMeasure): Array<{ band: DoraBandName; value: number; label: string }> {
  return DORA_2024_BANDS[measure].limits.map((l) => ({ band: l.band, value: l.limit, label: `${l.band}: ${l.published}` }));
}

/**
 * The band of every banded measure of a row (frequency per day, lead-time and recovery medians, fail
 * rate). No deployments gives no frequency band: a quiet week and missing data look the same.
 */
export function doraBands(measures: DoraMeasures): Record<BandedMeasure, DoraBandName | null> {
  return {
    deploymentFrequency: measures.deployments > 0 ? doraBand('deploymentFrequency', measures.deploymentsPerDay) : null,
    leadTime: doraBand('leadTime', measures.leadTime.medianHours),
    changeFailRate: doraBand('changeFailRate', measures.changeFail.rate),
    recoveryTime: doraBand('recoveryTime', measures.recovery.medianHours),
  };
}
