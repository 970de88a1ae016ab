import { sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { boolean, doublePrecision, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { arrivals } from "./arrivals";
import { carriers } from "./carriers";
import { parcelStatusEnum, programEnum, serviceLevelEnum } from "./enums";
import { partners } from "./partners";

export const parcels = pgTable(
  "parcels",
  {
    id: uuid().primaryKey().defaultRandom(),
    /**
     * What the label's barcode encodes; unique per carrier (see decision 012): another carrier's
     * use of the same ID must not be observable.
     */
    trackingId: text().notNull(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "restrict" }),
    carrierId: uuid()
      .notNull()
      .references(() => carriers.id, { onDelete: "restrict" }),
    flow: programEnum().notNull(),
    serviceLevel: serviceLevelEnum().notNull(),
    promisedBy: timestamp({ withTimezone: true }).notNull(),
    recipientName: text().notNull(),
    recipientPhone: text(),
    recipientLine1: text().notNull(),
    recipientLine2: text(),
    recipientCity: text().notNull(),
    recipientRegion: text().notNull(),
    recipientPostalCode: text().notNull(),
    recipientCountry: text().notNull(),
    recipientLat: doublePrecision(),
    recipientLng: doublePrecision(),
    /** Geodesic distance from the store to the recipient, when both are known. */
    distanceMeters: doublePrecision(),
    weightGrams: integer(),
    status: parcelStatusEnum().notNull().default("announced"),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Mall pickup: the arrival this parcel is currently due on. */
    dueArrivalId: uuid().references((): AnyPgColumn => arrivals.id, { onDelete: "set null" }),
    announcedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readyAt: timestamp({ withTimezone: true }),
    receivedAt: timestamp({ withTimezone: true }),
    pickedUpAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    failedAttempts: integer().notNull().default(0),
    /** Set after the third failed attempt, refusal or damage: hand back to the next driver. */
    dueForReturn: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("parcels_tracking_id_carrier_key").on(t.trackingId, t.carrierId),
    // Staff scans match a tracking ID in any letter case.
    index("parcels_tracking_id_lower_idx").on(sql`lower(${t.trackingId})`),
    index("parcels_partner_status_idx").on(t.partnerId, t.status),
    index("parcels_partner_announced_idx").on(t.partnerId, t.announcedAt),
    index("parcels_partner_status_changed_idx").on(t.partnerId, t.statusChangedAt),
    index("parcels_due_arrival_idx").on(t.dueArrivalId).where(sql`${t.dueArrivalId} is not null`),
  ],
);
