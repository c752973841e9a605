import type { Strength, Tier } from '../../shared/model/enums';

const TIER_TITLE: Record<Tier, string> = {
  1: 'Tier 1: fulfilment-critical',
  2: 'Tier 2: important',
  3: 'Tier 3: supporting',
};

export function TierBadge({ tier }: { tier: number }) {
  const t = (tier === 1 || tier === 2 ? tier : 3) as Tier;
  return (
    <span className={`badge tier-${t}`} title={TIER_TITLE[t]}>
      Tier {t}
    </span>
  );
}

export function StrengthBadge({ strength }: { strength: Strength }) {
  return (
    <span className={`badge strength-${strength}`} title={strength === 'hard' ? 'Hard: fails when the other fails' : 'Soft: degrades when the other fails'}>
      {strength === 'hard' ? 'Hard' : 'Soft'}
    </span>
  );
}

/** An empty value: a quiet dash that screen readers read as "not set". */
export function NotSet() {
  return (
    <span className="not-set">
      <span aria-hidden="true">–</span>
      <span className="sr-only">not set</span>
    </span>
  );
}
