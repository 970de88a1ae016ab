import { sql } from "drizzle-orm";
import { doublePrecision, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Alert thresholds a region's manager may tune; rates are fractions (0.95 = 95 %). */
export type AlertThresholds = {
  readyOnTimeRate: number;
  deliveryCompletionRate: number;
  proofCompliance: number;
};

export const defaultAlertThresholds: AlertThresholds = {
  readyOnTimeRate: 0.95,
  deliveryCompletionRate: 0.98,
  proofCompliance: 0.985,
};

export const regions = pgTable("regions", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  timeZone: text().notNull(),
  alertThresholds: jsonb()
    .$type<AlertThresholds>()
    .notNull()
    .default(sql`'{"readyOnTimeRate":0.95,"deliveryCompletionRate":0.98,"proofCompliance":0.985}'::jsonb`),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const malls = pgTable(
  "malls",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull().unique(),
    addressLine1: text().notNull(),
    city: text().notNull(),
    state: text().notNull(),
    postalCode: text().notNull(),
    country: text().notNull().default("US"),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    timeZone: text().notNull(),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: "restrict" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("malls_region_idx").on(t.regionId)],
);
