import { addDays, daysBetween, type LocalDay } from "@/lib/local-day";
import type { Period } from "@/lib/period";
import { AppError } from "@/server/errors";
import { MAX_PERIOD_DAYS } from "./schemas";

export type { Period };

export { MAX_PERIOD_DAYS };

/** The period's days, after checking it is a real, ordered and not absurdly long period. */
export function periodDays({ from, to }: Period): LocalDay[] {
  try {
    addDays(from, 0); // parses both ends: "2026-02-30" or "yesterday" are refused here
    addDays(to, 0);
  } catch (cause) {
    throw new AppError("BAD_REQUEST", `Not a period: ${from} to ${to}.`, { cause });
  }
  if (to < from) throw new AppError("BAD_REQUEST", `The period ends (${to}) before it starts (${from}).`);
  if (to >= addDays(from, MAX_PERIOD_DAYS)) {
    throw new AppError("BAD_REQUEST", `A period may be at most ${MAX_PERIOD_DAYS} days long.`);
  }
  return daysBetween(from, to);
}

/** The period of the same length just before this one (30 days → the 30 days before). */
export function previousPeriod(from: LocalDay, to: LocalDay): Period {
  const length = periodDays({ from, to }).length;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}
