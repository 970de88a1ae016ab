import { dayNumber, dayOfNumber, daysBetween, type LocalDay } from "@/lib/local-day";
import type { Period } from "@/lib/period";
import { AppError } from "@/server/errors";
import { MAX_PERIOD_DAYS } from "./schemas";

export type { Period };

export { MAX_PERIOD_DAYS };

/** The period's days, after checking it is a real, ordered and not absurdly long period. */
export function periodDays(period: Period): LocalDay[] {
  periodLength(period);
  return daysBetween(period.from, period.to);
}

/** How many days the period has, after the same checks as `periodDays` (no list of days built). */
export function periodLength({ from, to }: Period): number {
  let first: number;
  let last: number;
  try {
    // Parses both ends: "2026-02-30" or "yesterday" are refused here.
    first = dayNumber(from);
    last = dayNumber(to);
  } catch (cause) {
    throw new AppError("BAD_REQUEST", `Not a period: ${from} to ${to}.`, { cause });
  }
  if (last < first) throw new AppError("BAD_REQUEST", `The period ends (${to}) before it starts (${from}).`);
  if (last >= first + MAX_PERIOD_DAYS) {
    throw new AppError("BAD_REQUEST", `A period may be at most ${MAX_PERIOD_DAYS} days long.`);
  }
  return last - first + 1;
}

/** The period of the same length just before this one (30 days → the 30 days before). */
export function previousPeriod(from: LocalDay, to: LocalDay): Period {
  const length = periodLength({ from, to });
  const start = dayNumber(from);
  return { from: dayOfNumber(start - length), to: dayOfNumber(start - 1) };
}
