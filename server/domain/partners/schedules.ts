import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { pickupSchedules } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { Actor } from "../actor";
import { getPartnerByCode } from "./queries";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 15:30.");

/** A mall partner's recurring pickup windows, in its local time (ISO weekday 1 = Monday). */
export const pickupWindowsSchema = z
  .array(
    z
      .object({ isoWeekday: z.number().int().min(1).max(7), windowStart: time, windowEnd: time })
      .refine((w) => w.windowStart < w.windowEnd, {
        message: "A window must end after it starts.",
        path: ["windowEnd"],
      }),
  )
  .max(50);

export async function listPickupWindows(db: DbOrTx, actor: Actor, code: string) {
  const partner = await getPartnerByCode(db, actor, code);
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
export async function setPickupWindows(
  db: DbOrTx,
  actor: Actor,
  code: string,
  windows: z.infer<typeof pickupWindowsSchema>,
) {
  const partner = await getPartnerByCode(db, actor, code);
  if (partner.program !== "mall_pickup") {
    throw new AppError("CONFLICT", "Only mall pickup partners have pickup schedules.");
  }
  await db.transaction(async (tx) => {
    await tx.delete(pickupSchedules).where(eq(pickupSchedules.partnerId, partner.id));
    if (windows.length) await tx.insert(pickupSchedules).values(windows.map((w) => ({ ...w, partnerId: partner.id })));
  });
  return listPickupWindows(db, actor, code);
}
