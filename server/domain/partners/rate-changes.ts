import "server-only";
import { and, asc, inArray, lte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { payRates } from "@/db/schema";
import type { RateFrom } from "@/lib/pay-rate";

/** Every partner's rate changes (oldest first) up to a day, for earnings over many partners. */
export async function rateChanges({
  db,
  partnerIds,
  upTo,
}: {
  db: DbOrTx;
  partnerIds: readonly string[];
  upTo: string;
}) {
  const byPartner = new Map<string, RateFrom[]>();
  if (partnerIds.length === 0) return byPartner;
  const rows = await db
    .select({ partnerId: payRates.partnerId, effectiveFrom: payRates.effectiveFrom, rateCents: payRates.rateCents })
    .from(payRates)
    .where(and(inArray(payRates.partnerId, [...partnerIds]), lte(payRates.effectiveFrom, upTo)))
    .orderBy(asc(payRates.effectiveFrom));
  for (const r of rows) {
    const list = byPartner.get(r.partnerId) ?? [];
    list.push(r);
    byPartner.set(r.partnerId, list);
  }
  return byPartner;
}
