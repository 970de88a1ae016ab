import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { roleEnum } from "./enums";
import { partners } from "./partners";
import { regions } from "./places";

export const users = pgTable("users", {
  id: uuid().primaryKey().defaultRandom(),
  /** Always stored lower-cased. */
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text().notNull(),
  role: roleEnum().notNull(),
  active: boolean().notNull().default(true),
  /** Set with a one-time password: the person must choose their own before anything else. */
  mustChangePassword: boolean().notNull().default(false),
  lastSignedInAt: timestamp({ withTimezone: true }),
  /** The language the person chose on their account page ("en-US" | "es"); null follows the browser. */
  language: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Which stores a store_staff / store_owner works for. */
export const partnerMemberships = pgTable(
  "partner_memberships",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.partnerId] }), index("partner_memberships_partner_idx").on(t.partnerId)],
);

/** Which regions a regional_manager oversees. */
export const regionMemberships = pgTable(
  "region_memberships",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.regionId] }), index("region_memberships_region_idx").on(t.regionId)],
);

/**
 * One row per signed-in browser. The session cookie carries the row's id; deleting the row
 * (sign-out, password change, disabling) ends that session at once on every instance.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

/** Failed sign-in counters, keyed by account and address together or by address, shared by every instance. */
export const signInThrottles = pgTable("sign_in_throttles", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});
