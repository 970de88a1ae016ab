import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";
import { clearFailures, lockedUntil, recordFailure, type ThrottleLimits, throttleKeys } from "./throttle";

export const credentialsSchema = z.object({
  email: z.email("Enter a valid email address.").transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1, "Enter your password."),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: (typeof users.$inferSelect)["role"] } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// Verifying against a real hash for unknown emails keeps response times alike, so timing
// does not reveal which emails have accounts.
const decoyHash = "$argon2id$v=19$m=19456,t=2,p=1$+IiuCmeLItADMLVyt4Poyg$IQ3OiVPRIqw1dcNDnAAMUVBPU097UrrN58xvIHEDi8c";

/**
 * Checks a sign-in. Repeated failures slow down (a growing wait) that account from that address,
 * and an address trying many accounts; nobody else is ever locked out.
 */
export async function checkSignIn(
  db: DbOrTx,
  credentials: { email: string; password: string },
  address: string | null,
  limits: ThrottleLimits,
  now = new Date(),
): Promise<SignInResult> {
  const keys = throttleKeys(credentials.email, address);
  const allKeys = keys.address ? [keys.pair, keys.address] : [keys.pair];
  const lockEnd = await lockedUntil(db, allKeys, now);
  if (lockEnd) return throttled(lockEnd, now);

  const [user] = await db.select().from(users).where(eq(users.email, credentials.email.toLowerCase()));
  const passwordOk = await verifyPassword(user?.passwordHash ?? decoyHash, credentials.password);
  if (user?.active && passwordOk) {
    await clearFailures(db, keys.pair);
    await db.update(users).set({ lastSignedInAt: now }).where(eq(users.id, user.id));
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
  }

  const failures = [recordFailure(db, keys.pair, limits.perAccount, limits.lockMinutes, now)];
  if (keys.address) failures.push(recordFailure(db, keys.address, limits.perAddress, limits.lockMinutes, now));
  const rows = await Promise.all(failures);
  const newLock = rows.map((r) => r.lockedUntil).find((d) => d && d > now);
  return newLock ? throttled(newLock, now) : { ok: false, reason: "invalid" };
}

function throttled(until: Date, now: Date): SignInResult {
  return {
    ok: false,
    reason: "throttled",
    retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
  };
}
