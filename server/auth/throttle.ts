import { and, gt, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { signInThrottles } from "@/db/schema";
import { timestamptz } from "@/db/sql";

export type ThrottleLimits = { perAccount: number; perAddress: number; lockMinutes: number };

export function throttleKeys(email: string, address: string | null) {
  return { account: `account:${email.toLowerCase()}`, address: address ? `address:${address}` : null };
}

/** When the account or address is locked, the time the lock ends; otherwise null. */
export async function lockedUntil(db: DbOrTx, keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: signInThrottles.lockedUntil })
    .from(signInThrottles)
    .where(and(inArray(signInThrottles.key, keys), gt(signInThrottles.lockedUntil, now)));
  const ends = rows.map((r) => r.lockedUntil!.getTime());
  return ends.length ? new Date(Math.max(...ends)) : null;
}

/**
 * Counts one failed sign-in for a key in a rolling window of `lockMinutes`; reaching `max`
 * locks the key for `lockMinutes`. One statement, so concurrent failures all count.
 */
export async function recordFailure(db: DbOrTx, key: string, max: number, lockMinutes: number, now = new Date()) {
  const lockEnd = new Date(now.getTime() + lockMinutes * 60_000);
  const windowStart = timestamptz(new Date(now.getTime() - lockMinutes * 60_000));
  const nowParam = timestamptz(now);
  const [row] = await db
    .insert(signInThrottles)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: max <= 1 ? lockEnd : null })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`case when ${signInThrottles.windowStartedAt} < ${windowStart} then 1 else ${signInThrottles.failures} + 1 end`,
        windowStartedAt: sql`case when ${signInThrottles.windowStartedAt} < ${windowStart} then ${nowParam} else ${signInThrottles.windowStartedAt} end`,
        lockedUntil: sql`case when (case when ${signInThrottles.windowStartedAt} < ${windowStart} then 1 else ${signInThrottles.failures} + 1 end) >= ${max} then ${timestamptz(lockEnd)} else ${signInThrottles.lockedUntil} end`,
      },
    })
    .returning();
  return row!;
}

export async function clearFailures(db: DbOrTx, key: string) {
  await db.delete(signInThrottles).where(inArray(signInThrottles.key, [key]));
}
