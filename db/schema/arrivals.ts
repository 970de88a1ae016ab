import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { carriers } from "./carriers";
import { proofFiles } from "./deliveries";
import { arrivalKindEnum, arrivalStatusEnum, manifestDiscrepancyEnum } from "./enums";
import { parcels } from "./parcels";
import { partners } from "./partners";
import { users } from "./users";

/** A scheduled driver visit to one partner. */
export const arrivals = pgTable(
  "arrivals",
  {
    id: uuid().primaryKey().defaultRandom(),
    carrierId: uuid()
      .notNull()
      .references(() => carriers.id, { onDelete: "restrict" }),
    /** The carrier's own id for the arrival (the `{arrivalId}` of the Carrier API). */
    externalId: text().notNull(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "restrict" }),
    kind: arrivalKindEnum().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    windowEnd: timestamp({ withTimezone: true }).notNull(),
    driverName: text().notNull(),
    driverVehicle: text(),
    eta: timestamp({ withTimezone: true }),
    status: arrivalStatusEnum().notNull().default("scheduled"),
    arrivedAt: timestamp({ withTimezone: true }),
    departedAt: timestamp({ withTimezone: true }),
    cancelledReason: text(),
    /** Set when store staff complete a drop-off check-in. */
    checkedInAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("arrivals_carrier_external_idx").on(t.carrierId, t.externalId),
    index("arrivals_partner_window_idx").on(t.partnerId, t.windowStart),
  ],
);

/** An arrival's manifest, plus parcels scanned against it that were not on it. */
export const arrivalParcels = pgTable(
  "arrival_parcels",
  {
    arrivalId: uuid()
      .notNull()
      .references(() => arrivals.id, { onDelete: "cascade" }),
    parcelId: uuid()
      .notNull()
      .references(() => parcels.id, { onDelete: "cascade" }),
    onManifest: boolean().notNull().default(true),
    scannedAt: timestamp({ withTimezone: true }),
    scannedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Reported by the carrier on departure (picked up / dropped off). */
    carrierConfirmedAt: timestamp({ withTimezone: true }),
    discrepancy: manifestDiscrepancyEnum(),
    /** Drop-off: staff found it damaged at check-in; the photo is required evidence. */
    damagedAt: timestamp({ withTimezone: true }),
    damagePhotoId: uuid().references(() => proofFiles.id, { onDelete: "restrict" }),
    /** Drop-off: staff handed this parcel, due for return, to the driver (confirmed by `departed`). */
    handedBackAt: timestamp({ withTimezone: true }),
    handedBackByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.arrivalId, t.parcelId] }), index("arrival_parcels_parcel_idx").on(t.parcelId)],
);
