import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { partners } from "./partners";

/**
 * The integer counters of `counters`, in the order the database copies them into `counts`
 * (`failedAttempts.no_access` is a key of a nested object). Every integer counter must be here
 * (a test checks); changing the list changes the generated column, so it needs a migration.
 */
export const countedKeys = [
  "pickupArrivals",
  "noShowArrivals",
  "parcelsDue",
  "readyOnTime",
  "missedNotReady",
  "missedNotTaken",
  "handoffMismatches",
  "scheduledDays",
  "servicedDays",
  "received",
  "deliveredOfReceived",
  "deliveredSameDay",
  "deliveredOnTime",
  "attemptedParcels",
  "firstAttemptDelivered",
  "attempts",
  "deliveredAttempts",
  "deliveredAttemptsWithPhoto",
  "outOfRadiusAttempts",
  "manifestRows",
  "missing",
  "unexpected",
  "damaged",
  "deliveries",
  "earningsCents",
  "failedAttempts.no_access",
  "failedAttempts.cannot_locate",
  "failedAttempts.no_safe_place",
  "failedAttempts.recipient_unavailable",
  "failedAttempts.refused",
  "failedAttempts.damaged",
  "failedAttempts.other",
] as const;

const countsExpression = sql.raw(
  `array[${countedKeys
    .map((key) => {
      const [outer, inner] = key.split(".");
      return inner ? `(counters->'${outer}'->>'${inner}')::int` : `(counters->>'${outer}')::int`;
    })
    .join(", ")}]`,
);

/**
 * The managers' figures rolled up per partner and local day (the counters of
 * server/domain/performance/definitions.ts), so a period is a sum of days instead of a scan of
 * raw rows. Recomputed from the raw tables for the days a change touched (see `statsDirty`).
 */
export const partnerDayStats = pgTable(
  "partner_day_stats",
  {
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    counters: jsonb().notNull(),
    /** The integer counters as an array (see `countedKeys`): a period sums them without parsing JSON. */
    counts: integer()
      .array()
      .notNull()
      .generatedAlwaysAs(() => countsExpression),
    /**
     * `[prepMinutes, driverWaitMinutes]` as JSON text, or null when both are empty (only mall
     * partners have them): stored as text so a period's days are read without converting JSON.
     */
    histograms: text().generatedAlwaysAs(
      () => sql`case when counters->'prepMinutes' = '{}' and counters->'driverWaitMinutes' = '{}' then null
        else '[' || coalesce(counters->'prepMinutes', '{}')::text || ',' || coalesce(counters->'driverWaitMinutes', '{}')::text || ']' end`,
    ),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.day] }),
    // Covers the dashboard's sums over a range of days (an index-only scan, no wide rows).
    index("partner_day_stats_day_counts_idx").on(t.day, t.partnerId, t.counts),
    // The days with histograms to merge: mall partners' only.
    index("partner_day_stats_histograms_idx").on(t.day, t.partnerId).where(sql`histograms is not null`),
  ],
);

/** Local days of a partner whose rollup is stale: marked with every change, cleared on refresh. */
export const statsDirty = pgTable("stats_dirty", {
  partnerId: uuid()
    .primaryKey()
    .references(() => partners.id, { onDelete: "cascade" }),
  dayFrom: date({ mode: "string" }).notNull(),
  dayTo: date({ mode: "string" }).notNull(),
  markedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
