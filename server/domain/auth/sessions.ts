import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partnerMemberships, regionMemberships, userSessions, users } from "@/db/schema";
import { knownLocale } from "@/lib/format";
import { isUuid } from "@/server/ids";
import type { UserActor } from "../actor";
import { sessionMaxAgeSeconds } from "./session-age";

/** Records a new signed-in session and drops the person's expired ones; returns its id for the cookie. */
export async function startSession(options: { db: DbOrTx; userId: string; now?: Date }): Promise<string> {
  const now = options.now ?? new Date();
  await options.db
    .delete(userSessions)
    .where(and(eq(userSessions.userId, options.userId), lt(userSessions.expiresAt, now)));
  const [row] = await options.db
    .insert(userSessions)
    .values({ userId: options.userId, expiresAt: new Date(now.getTime() + sessionMaxAgeSeconds * 1000) })
    .returning({ id: userSessions.id });
  return row!.id;
}

/** Ends one session (sign-out); its cookie stops working at once. */
export async function endSession(options: { db: DbOrTx; sessionId: string }): Promise<void> {
  await options.db.delete(userSessions).where(eq(userSessions.id, options.sessionId));
}

/** Ends every session of a person (password change or reset, disabling). */
export async function endAllSessions(options: { db: DbOrTx; userId: string }): Promise<void> {
  await options.db.delete(userSessions).where(eq(userSessions.userId, options.userId));
}

export type SessionState = { actor: UserActor; mustChangePassword: boolean };

/** Announced by the database (migration 0011) with a person's id whenever their access changes. */
export const accessChannel = "handoff_access";

/**
 * The person behind a session cookie, read fresh: null when the session was ended or expired,
 * or the account is gone or inactive. One statement: session, person and memberships together.
 */
export async function loadSession(options: {
  db: DbOrTx;
  userId: string;
  sessionId: string;
  now?: Date;
}): Promise<SessionState | null> {
  return (await loadSessionUntil(options))?.state ?? null;
}

/** As `loadSession`, also saying until when the session row is valid (for caching it). */
export async function loadSessionUntil(options: {
  db: DbOrTx;
  userId: string;
  sessionId: string;
  now?: Date;
}): Promise<{ state: SessionState; expiresAt: Date } | null> {
  if (!isUuid(options.sessionId) || !isUuid(options.userId)) return null;
  const [row] = await options.db
    .select({
      expiresAt: userSessions.expiresAt,
      mustChangePassword: users.mustChangePassword,
      active: users.active,
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      language: users.language,
      // Comma-separated ids: the same text from both drivers, where arrays of uuid differ.
      partnerIds: sql<
        string | null
      >`(select string_agg(m.partner_id::text, ',') from ${partnerMemberships} m where m.user_id = ${users.id})`,
      regionIds: sql<
        string | null
      >`(select string_agg(m.region_id::text, ',') from ${regionMemberships} m where m.user_id = ${users.id})`,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, options.sessionId),
        eq(userSessions.userId, options.userId),
        gt(userSessions.expiresAt, options.now ?? new Date()),
      ),
    );
  if (!row?.active) return null;
  const actor: UserActor = {
    kind: "user",
    userId: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    language: knownLocale(row.language),
    partnerIds: row.partnerIds ? row.partnerIds.split(",") : [],
    regionIds: row.regionIds ? row.regionIds.split(",") : [],
  };
  return { state: { actor, mustChangePassword: row.mustChangePassword }, expiresAt: row.expiresAt };
}
