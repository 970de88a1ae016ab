/** A rate and the local day it starts on. */
export type RateFrom = { effectiveFrom: string; rateCents: number };

/**
 * The rate in force on a local day: the latest change on or before it, else the opening rate.
 * `rates` must be sorted by `effectiveFrom`, oldest first. Pure.
 */
export function rateOn(rates: readonly RateFrom[], day: string, opening: number): number {
  let rate = opening;
  for (const r of rates) {
    if (r.effectiveFrom > day) break;
    rate = r.rateCents;
  }
  return rate;
}
