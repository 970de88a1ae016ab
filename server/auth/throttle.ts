import "server-only";
import { and, gt, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { signInThrottles } from "@/db/schema";
import { timestamptz } from "@/db/sql";

/**
 * `perAccount`: failures allowed for one account from one address before sign-in slows down;
 * `perAddress`: failures allowed from one address over all accounts; `lockMinutes`: the longest
 * wait, reached by doubling from `firstDelaySeconds`.
 */
export type ThrottleLimits = { perAccount: number; perAddress: number; lockMinutes: number };

const firstDelaySeconds = 15;
/** Failures older than this no longer count. */
const windowMinutes = 60;

/**
 * Failures count per account *and* address together, so someone failing on an account from
 * their address never slows down its owner elsewhere; and per address over all accounts.
 */
export function throttleKeys(email: string, address: string | null) {
  return {
    pair: `pair:${email.toLowerCase()}|${address ?? "unknown"}`,
    address: address ? `address:${address}` : null,
  };
}

/** When a key is waiting, the time the wait ends; otherwise null. */
export async function lockedUntil(db: DbOrTx, keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: signInThrottles.lockedUntil })
    .from(signInThrottles)
    .where(and(inArray(signInThrottles.key, keys), gt(signInThrottles.lockedUntil, now)));
  const ends = rows.map((r) => r.lockedUntil!.getTime());
  return ends.length ? new Date(Math.max(...ends)) : null;
}

/** The wait after the `failures`-th failure: none below `max`, then doubling, capped. */
export function delaySeconds(failures: number, max: number, lockMinutes: number): number {
  if (failures < max) return 0;
  return Math.min(lockMinutes * 60, firstDelaySeconds * 2 ** Math.min(failures - max, 20));
}

/**
 * Counts one failed sign-in for a key within the window and, past `max`, makes the key wait.
 * The count is one statement, so concurrent failures all count.
 */
export async function recordFailure(db: DbOrTx, key: string, max: number, lockMinutes: number, now = new Date()) {
  const windowStart = timestamptz(new Date(now.getTime() - windowMinutes * 60_000));
  const expired = sql`${signInThrottles.windowStartedAt} < ${windowStart}`;
  const [row] = await db
    .insert(signInThrottles)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${signInThrottles.failures} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${timestamptz(now)} else ${signInThrottles.windowStartedAt} end`,
      },
    })
    .returning({ failures: signInThrottles.failures });
  const delay = delaySeconds(row!.failures, max, lockMinutes);
  if (!delay) return { lockedUntil: null };
  const until = new Date(now.getTime() + delay * 1000);
  await db
    .update(signInThrottles)
    .set({ lockedUntil: sql`greatest(${signInThrottles.lockedUntil}, ${timestamptz(until)})` })
    .where(inArray(signInThrottles.key, [key]));
  return { lockedUntil: until };
}

export async function clearFailures(db: DbOrTx, key: string) {
  await db.delete(signInThrottles).where(inArray(signInThrottles.key, [key]));
}
