import type { DbOrTx } from "@/db/client";
import type { Actor } from "../actor";
import { getPartnerByCode } from "../partners/queries";
import { addDays, type LocalDay, localDayOf, zonedTimeToInstant } from "../time/local-day";
import type { Counters } from "./definitions";
import { partnerFiguresFromRaw } from "./raw";

/** A scheduled day's drop must be checked in by this local time, or the day is a coverage gap. */
export const CHECK_IN_DEADLINE = "12:00";

/** How far back a store sees its own coverage gaps. */
export const COVERAGE_LOOKBACK_DAYS = 30;

/**
 * The noon rule: a scheduled day (not a closure day) with no drop-off checked in by 12:00
 * local time is a coverage gap, once that noon has passed. `servicedDays` counts exactly the
 * check-ins by noon (definitions.ts), so a day is a gap when it is scheduled, not serviced, and
 * its noon is behind `now`. The owner's list and the manager's drill-down both read this.
 */
export function coverageGapDays(
  days: readonly { day: LocalDay; counters: Pick<Counters, "scheduledDays" | "servicedDays"> }[],
  timeZone: string,
  now: Date,
): LocalDay[] {
  return days
    .filter((d) => d.counters.scheduledDays === 1 && d.counters.servicedDays === 0)
    .filter((d) => zonedTimeToInstant(d.day, CHECK_IN_DEADLINE, timeZone) <= now)
    .map((d) => d.day);
}

/**
 * A store's coverage for its owner and staff: whether today is a gap (only once noon has
 * passed without a check-in) and the gaps of the previous 30 days, newest first.
 */
export async function storeCoverage(db: DbOrTx, actor: Actor, code: string, now = new Date()) {
  const partner = await getPartnerByCode(db, actor, code);
  const today = localDayOf(now, partner.timeZone);
  const checkInBy = zonedTimeToInstant(today, CHECK_IN_DEADLINE, partner.timeZone);
  const { timeZone } = partner;
  if (partner.program !== "local_delivery") return { timeZone, today, checkInBy, todayIsGap: false, gaps: [] };
  // Straight from the raw tables: a check-in a moment ago must count before the rollup catches up.
  const rows = await partnerFiguresFromRaw(db, actor, {
    from: addDays(today, -COVERAGE_LOOKBACK_DAYS),
    to: today,
    partnerIds: [partner.id],
  });
  const gaps = coverageGapDays(rows, partner.timeZone, now);
  return {
    timeZone,
    today,
    checkInBy,
    todayIsGap: gaps.includes(today),
    gaps: gaps.filter((d) => d !== today).reverse(),
  };
}
