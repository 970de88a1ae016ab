import "server-only";
import type { DbOrTx } from "@/db/client";
import type { Program } from "@/db/schema";
import { addDays, type LocalDay, localDayOf, zonedTimeToInstant } from "@/lib/local-day";
import type { Actor } from "../actor";
import { getPartnerByCode, type StorePartner } from "../partners/queries";
import type { Counters } from "./definitions";
import type { Period } from "./period";
import { partnerDropDaysFromRaw } from "./raw";

/** A scheduled day's drop must be checked in by this local time, or the day is a coverage gap. */
export const CHECK_IN_DEADLINE = "12:00";

/** How far back a store sees its own coverage gaps. */
export const COVERAGE_LOOKBACK_DAYS = 30;

/**
 * The coverage rule, the one answer every screen shows (the store's Deliveries banner and Store
 * page, the manager's drill-down):
 *
 * A rural store's local day is a **coverage gap** when a drop-off was due that day (the carrier
 * scheduled one whose window starts that day and did not cancel it), the day is not one of the
 * store's closure days, and no drop-off was checked in by 12:00 local time — judged only once
 * that noon has passed (this morning is not a gap yet). A day with no drop-off due is not a
 * scheduled day: there was nothing to check in, so it is never a gap. These are exactly the
 * scheduled days (`scheduledDays`) that are not serviced (`servicedDays`), see definitions.ts.
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
 * A partner's coverage gaps over a period, oldest first, straight from the raw tables: a check-in
 * a moment ago counts before the rollup catches up, so every screen agrees at once.
 */
export async function coverageGaps({
  db,
  actor,
  partner,
  period,
  now,
}: {
  db: DbOrTx;
  actor: Actor;
  partner: { id: string; program: Program; timeZone: string };
  period: Period;
  now: Date;
}): Promise<LocalDay[]> {
  if (partner.program !== "local_delivery") return [];
  const rows = await partnerDropDaysFromRaw({ db, actor, partner, period });
  return coverageGapDays(rows, partner.timeZone, now);
}

/**
 * A store's coverage for its owner and staff: whether today is a gap, and every gap of the last
 * 30 days and today, newest first (today included when it is one).
 */
export async function storeCoverage(input: {
  db: DbOrTx;
  actor: Actor;
  partnerCode: string;
  now?: Date;
  /** The store as `getPartnerByCode` read it for this actor and code, when the caller has it. */
  partner?: StorePartner;
}) {
  const { db, actor, partnerCode: code, now = new Date() } = input;
  const partner = input.partner ?? (await getPartnerByCode({ db, actor, code }));
  const today = localDayOf(now, partner.timeZone);
  const checkInBy = zonedTimeToInstant(today, CHECK_IN_DEADLINE, partner.timeZone);
  const gaps = await coverageGaps({
    db,
    actor,
    partner,
    period: { from: addDays(today, -COVERAGE_LOOKBACK_DAYS), to: today },
    now,
  });
  return {
    timeZone: partner.timeZone,
    today,
    checkInBy,
    todayIsGap: gaps.includes(today),
    gaps: gaps.reverse(),
  };
}
