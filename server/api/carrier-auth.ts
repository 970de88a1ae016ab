import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { apiKeys, apiRateWindows, carriers } from "@/db/schema";
import type { CarrierActor } from "@/server/domain/actor";
import { hashApiKey } from "@/server/domain/carriers/api-keys";
import { AppError } from "@/server/errors";

export type AuthenticatedCarrier = CarrierActor & { keyId: string };

/** The carrier behind `Authorization: Bearer <key>`; 401 when missing, unknown or revoked. */
export async function authenticateCarrier(db: DbOrTx, request: Request): Promise<AuthenticatedCarrier> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw new AppError("UNAUTHORIZED", "Send your API key as 'Authorization: Bearer <key>'.", {
      reason: "unauthorized",
    });
  }
  const [row] = await db
    .select({ keyId: apiKeys.id, carrierId: carriers.id, carrierName: carriers.name, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .innerJoin(carriers, eq(carriers.id, apiKeys.carrierId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(match[1])), isNull(apiKeys.revokedAt)));
  if (!row) throw new AppError("UNAUTHORIZED", "This API key is not valid.", { reason: "unauthorized" });
  // Last use is shown to admins; a minute's precision spares a write per request.
  if (!row.lastUsedAt || row.lastUsedAt.getTime() < Date.now() - 60_000) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: new Date() })
      .where(
        and(
          eq(apiKeys.id, row.keyId),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`)),
        ),
      );
  }
  return { kind: "carrier", carrierId: row.carrierId, label: row.carrierName, keyId: row.keyId };
}

/**
 * Counts the request in the key's current one-minute window (one statement, shared by every
 * instance) and refuses it with 429 and Retry-After once the window is full.
 */
export async function enforceRateLimit(db: DbOrTx, keyId: string, limitPerMinute: number, now = new Date()) {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const [row] = await db
    .insert(apiRateWindows)
    .values({ keyId, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [apiRateWindows.keyId, apiRateWindows.windowStart],
      set: { count: sql`${apiRateWindows.count} + 1` },
    })
    .returning({ count: apiRateWindows.count });
  if ((row?.count ?? 0) > limitPerMinute) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000));
    throw new AppError("TOO_MANY_REQUESTS", `Rate limit of ${limitPerMinute} requests a minute reached.`, {
      reason: "rate_limited",
      retryAfterSeconds,
    });
  }
}
