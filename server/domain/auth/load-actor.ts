import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partnerMemberships, regionMemberships, users } from "@/db/schema";
import { knownLocale } from "@/lib/format";
import type { UserActor } from "../actor";

/**
 * The signed-in person as the domain sees them, read fresh on every request so a removed
 * membership or a deactivated account takes effect at once. Null when the account is gone
 * or inactive.
 */
export async function loadUserActor({ db, userId }: { db: DbOrTx; userId: string }): Promise<UserActor | null> {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      language: users.language,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.active) return null;
  const [partnerRows, regionRows] = await Promise.all([
    db
      .select({ id: partnerMemberships.partnerId })
      .from(partnerMemberships)
      .where(eq(partnerMemberships.userId, userId)),
    db.select({ id: regionMemberships.regionId }).from(regionMemberships).where(eq(regionMemberships.userId, userId)),
  ]);
  return {
    kind: "user",
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    language: knownLocale(user.language),
    partnerIds: partnerRows.map((r) => r.id),
    regionIds: regionRows.map((r) => r.id),
  };
}
