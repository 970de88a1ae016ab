import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { type OpeningHours, partners } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { Actor } from "../actor";
import { getPartnerByCode } from "./queries";
import { openingHoursSchema } from "./schemas";

export const weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** Sets a partner's opening hours: the regional manager of its region, or an admin. */
export async function setOpeningHours(input: {
  db: DbOrTx;
  actor: Actor;
  code: string;
  hours: z.infer<typeof openingHoursSchema>;
}) {
  const { db, actor } = input;
  if (actor.kind !== "user" || (actor.role !== "regional_manager" && actor.role !== "admin")) {
    throw new AppError("FORBIDDEN", "Only the network's managers set opening hours.");
  }
  const partner = await getPartnerByCode({ db, actor, code: input.code });
  const hours: OpeningHours = openingHoursSchema.parse(input.hours);
  const [row] = await db
    .update(partners)
    .set({ openingHours: hours, updatedAt: new Date() })
    .where(eq(partners.id, partner.id))
    .returning({ openingHours: partners.openingHours });
  return row!.openingHours;
}
