import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { arrivals } from "./arrivals";
import { carriers } from "./carriers";
import { actorKindEnum, eventSubjectEnum } from "./enums";
import { parcels } from "./parcels";
import { partners } from "./partners";
import { users } from "./users";

/**
 * The audit trail: every state change of a parcel or an arrival. Append-only — a database
 * trigger refuses UPDATE and DELETE (see the migration).
 */
export const events = pgTable(
  "events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    subject: eventSubjectEnum().notNull(),
    parcelId: uuid().references(() => parcels.id, { onDelete: "restrict" }),
    arrivalId: uuid().references(() => arrivals.id, { onDelete: "restrict" }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "restrict" }),
    type: text().notNull(),
    fromStatus: text(),
    toStatus: text(),
    actorKind: actorKindEnum().notNull(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    actorCarrierId: uuid().references(() => carriers.id, { onDelete: "set null" }),
    /** A readable name for the actor, kept even if the user is later removed. */
    actorLabel: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    data: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index("events_parcel_idx").on(t.parcelId, t.id),
    index("events_arrival_idx").on(t.arrivalId, t.id),
    index("events_partner_at_idx").on(t.partnerId, t.at),
  ],
);
