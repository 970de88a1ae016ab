import "server-only";
import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { pickupSchedules } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { Actor } from "../actor";
import { getPartnerByCode } from "./queries";
import type { pickupWindowsSchema } from "./schemas";

export async function listPickupWindows({ db, actor, code }: { db: DbOrTx; actor: Actor; code: string }) {
  const partner = await getPartnerByCode({ db, actor, code });
  const rows = await db
    .select({
      isoWeekday: pickupSchedules.isoWeekday,
      windowStart: pickupSchedules.windowStart,
      windowEnd: pickupSchedules.windowEnd,
    })
    .from(pickupSchedules)
    .where(eq(pickupSchedules.partnerId, partner.id))
    .orderBy(asc(pickupSchedules.isoWeekday), asc(pickupSchedules.windowStart));
  // Stored as SQL time ("15:00:00"); shown and edited as "15:00".
  return rows.map((r) => ({ ...r, windowStart: r.windowStart.slice(0, 5), windowEnd: r.windowEnd.slice(0, 5) }));
}

/** Replaces the partner's whole schedule at once (no half-saved week). */
export async function setPickupWindows({
  db,
  actor,
  code,
  windows,
}: {
  db: DbOrTx;
  actor: Actor;
  code: string;
  windows: z.infer<typeof pickupWindowsSchema>;
}) {
  const partner = await getPartnerByCode({ db, actor, code });
  if (partner.program !== "mall_pickup") {
    throw new AppError("CONFLICT", "Only mall pickup partners have pickup schedules.");
  }
  await db.transaction(async (tx) => {
    await tx.delete(pickupSchedules).where(eq(pickupSchedules.partnerId, partner.id));
    if (windows.length) await tx.insert(pickupSchedules).values(windows.map((w) => ({ ...w, partnerId: partner.id })));
  });
  return listPickupWindows({ db, actor, code });
}
