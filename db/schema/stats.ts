import { date, index, jsonb, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { partners } from "./partners";

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
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.day] }), index("partner_day_stats_day_idx").on(t.day)],
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
