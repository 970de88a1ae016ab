import "server-only";
import { randomInt } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { userSessions, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { type ErrorText, inEnglish, notFound, wordedError } from "@/server/errors";
import type { UserActor } from "../actor";
import { endAllSessions } from "../auth/sessions";
import { commonPasswords } from "./common-passwords";

export const minPasswordLength = 12;

/** A password a person chooses: long enough, not one of the commonest, no control characters. */
export const newPasswordSchema = z
  .string("Enter a password.")
  .min(minPasswordLength, `Use at least ${minPasswordLength} characters.`)
  .max(200, "Use at most 200 characters.")
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  .regex(/^[^\u0000-\u001f\u007f]*$/, "Use letters, digits, spaces and symbols only.")
  .refine((p) => !commonPasswords.has(p.toLowerCase()), "This password is too common. Choose another.")
  .refine((p) => new Set(p).size > 2, "This password is too easy to guess. Choose another.");

export const changePasswordSchema = z.object({
  currentPassword: z
    .string("Enter your current password.")
    .min(1, "Enter your current password.")
    .max(200, "Use at most 200 characters."),
  newPassword: newPasswordSchema,
});

export const setPasswordSchema = z.object({ newPassword: newPasswordSchema });

/** Ends the person's sessions except the one making the change, which stays signed in. */
async function endOtherSessions(db: DbOrTx, userId: string, keepSessionId: string | undefined) {
  if (!keepSessionId) return endAllSessions({ db, userId });
  await db.delete(userSessions).where(and(eq(userSessions.userId, userId), ne(userSessions.id, keepSessionId)));
}

/**
 * The signed-in person replaces their password, proving they know the current one. Every other
 * session of theirs ends at once; `sessionId` (the one making the change) stays signed in.
 */
export async function changePassword(options: {
  db: DbOrTx;
  actor: UserActor;
  sessionId?: string;
  input: z.input<typeof changePasswordSchema>;
}): Promise<void> {
  const { db, actor } = options;
  const input = changePasswordSchema.parse(options.input);
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!user) throw notFound("Person");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const wrong: ErrorText = { key: "server.wrongPassword" };
    throw wordedError("BAD_REQUEST", wrong, {
      reason: "wrong_password",
      details: { fieldErrors: { currentPassword: [inEnglish(wrong)] } },
    });
  }
  if (input.currentPassword === input.newPassword) {
    throw wordedError("BAD_REQUEST", { key: "server.samePassword" }, { reason: "same_password" });
  }
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false })
    .where(eq(users.id, actor.userId));
  await endOtherSessions(db, actor.userId, options.sessionId);
}

/**
 * A person signed in with a one-time password chooses their own. Refused when they have no
 * one-time password to replace (they use `changePassword` instead).
 */
export async function setPassword(options: {
  db: DbOrTx;
  actor: UserActor;
  sessionId?: string;
  input: z.input<typeof setPasswordSchema>;
}): Promise<void> {
  const { db, actor } = options;
  const input = setPasswordSchema.parse(options.input);
  const [row] = await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false })
    .where(and(eq(users.id, actor.userId), eq(users.mustChangePassword, true)))
    .returning({ id: users.id });
  if (!row) {
    throw wordedError("CONFLICT", { key: "server.passwordAlreadySet" }, { reason: "password_already_set" });
  }
  await endOtherSessions(db, actor.userId, options.sessionId);
}

/**
 * Gives a person a new one-time password (an admin's reset, an owner's invite): stores only its
 * hash, makes them choose their own at next sign-in, and ends all their sessions at once.
 * The caller decides who may do this; the returned password is shown once and never stored.
 */
export async function issueOneTimePassword(options: {
  db: DbOrTx;
  userId: string;
}): Promise<{ oneTimePassword: string }> {
  const oneTimePassword = newOneTimePassword();
  const [row] = await options.db
    .update(users)
    .set({ passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true })
    .where(eq(users.id, options.userId))
    .returning({ id: users.id });
  if (!row) throw notFound("Person");
  await endAllSessions({ db: options.db, userId: options.userId });
  return { oneTimePassword };
}

/** 16 random characters, easy to read out and type (no 0/O, 1/l/I). */
export function newOneTimePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join("");
}
