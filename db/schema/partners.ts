import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { OpeningHours } from "../../lib/opening-hours";
import { carriers } from "./carriers";
import { programEnum } from "./enums";
import { malls, regions } from "./places";

/** Opening hours per ISO weekday (1 = Monday … 7 = Sunday), local "HH:MM"; absent = closed. */
export type { OpeningHours };

export const partners = pgTable(
  "partners",
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull().unique(),
    name: text().notNull(),
    program: programEnum().notNull(),
    carrierId: uuid()
      .notNull()
      .references(() => carriers.id, { onDelete: "restrict" }),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: "restrict" }),
    mallId: uuid().references(() => malls.id, { onDelete: "restrict" }),
    addressLine1: text().notNull(),
    addressLine2: text(),
    city: text().notNull(),
    state: text().notNull(),
    postalCode: text().notNull(),
    country: text().notNull().default("US"),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    timeZone: text().notNull(),
    radiusMiles: doublePrecision().notNull().default(10),
    /** The opening rate: in force from the start until the first row of `payRates`, which holds every change. */
    payRateCents: integer().notNull().default(250),
    openingHours: jsonb().$type<OpeningHours>().notNull().default({}),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("partners_region_idx").on(t.regionId, t.active),
    index("partners_mall_idx").on(t.mallId),
    index("partners_carrier_idx").on(t.carrierId, t.active),
  ],
);

/** Days a store is closed (at most five a year: the "360 days"). */
export const closureDays = pgTable(
  "closure_days",
  {
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.day] })],
);

/** Recurring driver pickup windows for a mall partner, in the partner's local time. */
export const pickupSchedules = pgTable(
  "pickup_schedules",
  {
    id: uuid().primaryKey().defaultRandom(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    isoWeekday: smallint().notNull(),
    windowStart: time().notNull(),
    windowEnd: time().notNull(),
  },
  (t) => [index("pickup_schedules_partner_idx").on(t.partnerId)],
);

/**
 * A rural partner's per-parcel pay rate from a local day onward: a delivery earns the rate in
 * force on the local day it was delivered (the latest row on or before it), so a change never
 * rewrites past earnings. Days before the first row earn `partners.payRateCents`.
 */
export const payRates = pgTable(
  "pay_rates",
  {
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    effectiveFrom: date({ mode: "string" }).notNull(),
    rateCents: integer().notNull(),
    /** Who set it (kept when the person is removed: the audit log names them). */
    setBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.effectiveFrom] })],
);
