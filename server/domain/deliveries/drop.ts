import "server-only";
import { and, asc, eq, gte, inArray, isNotNull, lt, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { arrivalParcels, arrivals, parcels } from "@/db/schema";
import { localDayBounds, localDayOf, partOfDay } from "@/lib/local-day";
import { AppError } from "@/server/errors";
import type { Actor } from "../actor";
import { getPartnerByCode, type StorePartner } from "../partners/queries";
import { handBackList } from "./handback";
import { reconcileDropRows } from "./reconcile";
import { deliveryRefusals } from "./refusals";

/**
 * A rural store's drop-off for its local today (the one asked for, else the earliest: a store
 * may get a second drop in a day), with the manifest as scanned so far, the other drops of the
 * day, and the parcels to hand back to the driver.
 */
export async function todaysDrop(input: {
  db: DbOrTx;
  actor: Actor;
  partnerCode: string;
  now?: Date;
  arrivalId?: string;
  /** The store as `getPartnerByCode` read it for this actor and code, when the caller has it. */
  partner?: StorePartner;
}) {
  const { db, actor, partnerCode: code, now = new Date(), arrivalId } = input;
  const partner = input.partner ?? (await getPartnerByCode({ db, actor, code }));
  if (partner.program !== "local_delivery")
    throw new AppError("CONFLICT", deliveryRefusals(actor).t("refusals.dropLocalOnly"));
  const { start, end } = localDayBounds(localDayOf(now, partner.timeZone), partner.timeZone);
  const drops = await db
    .select()
    .from(arrivals)
    .where(
      and(
        eq(arrivals.partnerId, partner.id),
        eq(arrivals.kind, "dropoff"),
        gte(arrivals.windowStart, start),
        lt(arrivals.windowStart, end),
        inArray(arrivals.status, ["scheduled", "en_route", "arrived", "completed"]),
      ),
    )
    .orderBy(asc(arrivals.windowStart), asc(arrivals.createdAt));
  const arrival = drops.find((d) => d.id === arrivalId) ?? drops[0];
  const others = drops.map((d) => ({ id: d.id, windowStart: d.windowStart, driverName: d.driverName }));
  if (!arrival) return { partner, arrival: null, drops: others, lines: [], handBack: [], progress: null };
  const [lines, handBack] = await Promise.all([
    db
      .select({
        trackingId: parcels.trackingId,
        recipientName: parcels.recipientName,
        status: parcels.status,
        onManifest: arrivalParcels.onManifest,
        scannedAt: arrivalParcels.scannedAt,
        discrepancy: arrivalParcels.discrepancy,
        damagedAt: arrivalParcels.damagedAt,
        damagePhotoId: arrivalParcels.damagePhotoId,
      })
      .from(arrivalParcels)
      .innerJoin(parcels, eq(parcels.id, arrivalParcels.parcelId))
      // Rows only for a hand-back are listed with the hand-backs, not the drop.
      .where(
        and(
          eq(arrivalParcels.arrivalId, arrival.id),
          or(eq(arrivalParcels.onManifest, true), isNotNull(arrivalParcels.scannedAt)),
        ),
      )
      .orderBy(asc(parcels.trackingId)),
    handBackList({ db, arrival }),
  ]);
  // As it happens, counted as the check-in's completion will count it.
  const progress = reconcileDropRows(lines).summary;
  // The drop's part of the day comes with it, so the screen names it without Intl on the phone.
  const part = partOfDay(arrival.windowStart, partner.timeZone);
  return { partner, arrival: { ...arrival, partOfDay: part }, drops: others, lines, handBack, progress };
}
