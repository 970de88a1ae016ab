import "server-only";
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { closureDays, malls, type OpeningHours, partners, pickupSchedules } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { CarrierActor } from "../actor";

/** The active partners a carrier serves, as the Carrier API lists them. */
export async function listCarrierPartners({ db, actor, today }: { db: DbOrTx; actor: CarrierActor; today: string }) {
  const rows = await db
    .select({
      id: partners.id,
      code: partners.code,
      name: partners.name,
      program: partners.program,
      timeZone: partners.timeZone,
      lat: partners.lat,
      lng: partners.lng,
      radiusMiles: partners.radiusMiles,
      openingHours: partners.openingHours,
      mallName: malls.name,
    })
    .from(partners)
    .leftJoin(malls, eq(malls.id, partners.mallId))
    .where(and(eq(partners.carrierId, actor.carrierId), eq(partners.active, true)))
    .orderBy(asc(partners.code));
  const closures = rows.length
    ? await db
        .select({ partnerId: closureDays.partnerId, day: closureDays.day })
        .from(closureDays)
        .where(
          and(
            inArray(
              closureDays.partnerId,
              rows.map((r) => r.id),
            ),
            gte(closureDays.day, today),
          ),
        )
        .orderBy(asc(closureDays.day))
    : [];
  const mallIds = rows.filter((r) => r.program === "mall_pickup").map((r) => r.id);
  const windows = mallIds.length
    ? await db
        .select()
        .from(pickupSchedules)
        .where(inArray(pickupSchedules.partnerId, mallIds))
        .orderBy(asc(pickupSchedules.isoWeekday), asc(pickupSchedules.windowStart))
    : [];
  return rows.map((p) => ({
    code: p.code,
    name: p.name,
    program: p.program,
    timeZone: p.timeZone,
    location: { lat: p.lat, lng: p.lng },
    ...(p.program === "local_delivery" ? { radiusMiles: p.radiusMiles } : {}),
    ...(p.mallName ? { mall: { name: p.mallName } } : {}),
    closureDays: closures.filter((c) => c.partnerId === p.id).map((c) => c.day),
    openingHours: openingHoursList(p.openingHours),
    ...(p.program === "mall_pickup"
      ? {
          pickupWindows: windows
            .filter((w) => w.partnerId === p.id)
            .map((w) => ({
              isoWeekday: w.isoWeekday,
              windowStart: w.windowStart.slice(0, 5),
              windowEnd: w.windowEnd.slice(0, 5),
            })),
        }
      : {}),
  }));
}

/** An active partner of this carrier by code, for the API; unknown codes are refused as 422. */
export async function carrierPartnerByCode({ db, actor, code }: { db: DbOrTx; actor: CarrierActor; code: string }) {
  const [partner] = await db
    .select()
    .from(partners)
    .where(and(eq(partners.code, code), eq(partners.carrierId, actor.carrierId), eq(partners.active, true)));
  if (!partner) {
    throw new AppError("UNPROCESSABLE", `No active partner with code ${code} is served by this carrier.`, {
      reason: "unknown_partner",
      details: { partnerCode: code },
    });
  }
  return partner;
}

/** Opening hours as a list of open days, Monday first; a day not listed is closed. */
export function openingHoursList(hours: OpeningHours) {
  return (["1", "2", "3", "4", "5", "6", "7"] as const).flatMap((day) => {
    const h = hours[day];
    return h ? [{ isoWeekday: Number(day), open: h.open, close: h.close }] : [];
  });
}
