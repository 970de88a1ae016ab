import { boolean, doublePrecision, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { attemptOutcomeEnum, failureReasonEnum, proofKindEnum, storageBackendEnum } from "./enums";
import { parcels } from "./parcels";
import { partners } from "./partners";
import { users } from "./users";

/** An uploaded proof image (delivery photo, signature, damage photo). */
export const proofFiles = pgTable(
  "proof_files",
  {
    id: uuid().primaryKey().defaultRandom(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "restrict" }),
    parcelId: uuid().references(() => parcels.id, { onDelete: "restrict" }),
    kind: proofKindEnum().notNull(),
    storage: storageBackendEnum().notNull(),
    key: text().notNull(),
    thumbnailKey: text(),
    contentType: text().notNull(),
    bytes: integer().notNull(),
    width: integer(),
    height: integer(),
    uploadedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("proof_files_parcel_idx").on(t.parcelId)],
);

export const deliveryAttempts = pgTable(
  "delivery_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    /**
     * Generated on the device, so a retried sync is recognised and applied once. Unique per
     * store only: another store's id must look as if it were not there.
     */
    clientActionId: text().notNull(),
    parcelId: uuid()
      .notNull()
      .references(() => parcels.id, { onDelete: "restrict" }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "restrict" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    outcome: attemptOutcomeEnum().notNull(),
    failureReason: failureReasonEnum(),
    failureNote: text(),
    recipientName: text(),
    photoId: uuid().references(() => proofFiles.id, { onDelete: "set null" }),
    signatureId: uuid().references(() => proofFiles.id, { onDelete: "set null" }),
    lat: doublePrecision(),
    lng: doublePrecision(),
    accuracyMeters: doublePrecision(),
    distanceMeters: doublePrecision(),
    outOfRadius: boolean().notNull().default(false),
    /** When the person tapped the button on the device, not when it reached us. */
    tappedAt: timestamp({ withTimezone: true }).notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The first answer, as JSON text, so a replay gets it back byte for byte. */
    answer: text(),
  },
  (t) => [
    unique("delivery_attempts_partner_client_action_key").on(t.partnerId, t.clientActionId),
    index("delivery_attempts_parcel_idx").on(t.parcelId),
    index("delivery_attempts_partner_tapped_idx").on(t.partnerId, t.tappedAt),
  ],
);
