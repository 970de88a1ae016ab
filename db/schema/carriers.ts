import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const carriers = pgTable("carriers", {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  name: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Carrier API keys; only a SHA-256 of the key is kept (the key itself is shown once). */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid().primaryKey().defaultRandom(),
    carrierId: uuid()
      .notNull()
      .references(() => carriers.id, { onDelete: "cascade" }),
    name: text().notNull(),
    prefix: text().notNull(),
    keyHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("api_keys_carrier_idx").on(t.carrierId)],
);
