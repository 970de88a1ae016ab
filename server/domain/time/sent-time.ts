import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partners } from "@/db/schema";
import { type ErrorText, inEnglish, notFound, wordedError } from "@/server/errors";

/**
 * The one rule for every time a device or a carrier sends. Stored times feed the day rollups,
 * webhooks and reports, so a time from a broken clock (or an attacker) must never get in:
 *
 * - more than a day ahead, before the partner existed, or older than a year: refused (400
 *   naming the field);
 * - something that *happened* (a scan, a tap, a driver's arrival) up to a day ahead is a clock
 *   running fast: it is taken as now, since nothing can happen in the future;
 * - an *expected* time (a driver's ETA) may lie up to a day ahead, and a *planned* one (a
 *   promise, a visit window) up to a planning horizon.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How far ahead a sent time may be before it is refused rather than taken as now. */
export const MAX_AHEAD_MS = DAY_MS;
/** How old a sent time may be. */
export const MAX_AGE_MS = 366 * DAY_MS;
/** How far ahead a carrier may plan a visit window or promise a parcel (a two-day promise fits easily). */
export const PLANNING_HORIZON_MS = 60 * DAY_MS;
/**
 * Grace before the partner's creation: a carrier may schedule the morning visit of the day it
 * onboarded the store, and a device's clock may run slow.
 */
export const BEFORE_PARTNER_GRACE_MS = DAY_MS;

export type TimeKind = "happened" | "expected" | "planned";

type SentTime = {
  /** The time as sent. */
  at: Date;
  /** The field's name as the sender wrote it (`tappedAt`, `windowStart`), for the error. */
  field: string;
  /** When the partner the time is about was created. */
  partnerCreatedAt: Date;
  kind: TimeKind;
  now?: Date;
};

/** Checks a sent time against the rule and returns the time to store. */
export function acceptSentTime({ at, field, partnerCreatedAt, kind, now = new Date() }: SentTime): Date {
  const ms = at.getTime();
  const horizon = kind === "planned" ? PLANNING_HORIZON_MS : MAX_AHEAD_MS;
  if (!Number.isFinite(ms)) throw outOfRange(field, { key: "server.timeInvalid", values: { field } });
  if (ms > now.getTime() + horizon) {
    throw outOfRange(
      field,
      kind === "planned"
        ? { key: "server.timeAheadDays", values: { field, days: PLANNING_HORIZON_MS / DAY_MS } }
        : { key: "server.timeAheadDay", values: { field } },
    );
  }
  if (ms < now.getTime() - MAX_AGE_MS) throw outOfRange(field, { key: "server.timeTooOld", values: { field } });
  if (ms < partnerCreatedAt.getTime() - BEFORE_PARTNER_GRACE_MS) {
    throw outOfRange(field, { key: "server.timeBeforeStore", values: { field } });
  }
  return kind === "happened" && ms > now.getTime() ? now : at;
}

/** The same rule for a partner known by id (reads when it was created). */
export async function acceptPartnerTime(
  options: Omit<SentTime, "partnerCreatedAt"> & { db: DbOrTx; partnerId: string },
): Promise<Date> {
  const { db, partnerId, ...sent } = options;
  const [partner] = await db.select({ createdAt: partners.createdAt }).from(partners).where(eq(partners.id, partnerId));
  if (!partner) throw notFound("Partner");
  return acceptSentTime({ ...sent, partnerCreatedAt: partner.createdAt });
}

function outOfRange(field: string, text: ErrorText) {
  return wordedError("BAD_REQUEST", text, {
    reason: "time_out_of_range",
    details: [{ path: field, message: inEnglish(text) }],
  });
}
