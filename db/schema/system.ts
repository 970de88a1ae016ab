import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { carriers } from "./carriers";
import { webhookDeliveryStatusEnum, webhookEventTypeEnum } from "./enums";

/** Remembered answers to requests that carried an idempotency key (API or offline sync). */
export const idempotencyRecords = pgTable(
  "idempotency_records",
  {
    /** Who sent it: `carrier:<id>` or `user:<id>`. */
    scope: text().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    responseStatus: integer().notNull(),
    /** The answer's exact JSON text, so a replay is the first answer byte for byte. */
    responseBody: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_records_created_idx").on(t.createdAt)],
);

/**
 * Requests per API key per one-minute window, shared by every instance. Unlogged (migration 0015):
 * a count is bumped by every request and need not survive a crash.
 */
export const apiRateWindows = pgTable(
  "api_rate_windows",
  {
    keyId: uuid().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.windowStart] })],
);

export const webhookSubscriptions = pgTable(
  "webhook_subscriptions",
  {
    id: uuid().primaryKey().defaultRandom(),
    carrierId: uuid()
      .notNull()
      .references(() => carriers.id, { onDelete: "cascade" }),
    url: text().notNull(),
    /** Signing secret for the HMAC-SHA256 header. */
    secret: text().notNull(),
    /** After a rotation the old secret also signs, until it expires, so receivers can switch over. */
    previousSecret: text(),
    previousSecretExpiresAt: timestamp({ withTimezone: true }),
    eventTypes: webhookEventTypeEnum().array().notNull(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_subscriptions_carrier_idx").on(t.carrierId)],
);

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: "cascade" }),
    eventType: webhookEventTypeEnum().notNull(),
    payload: jsonb().notNull(),
    status: webhookDeliveryStatusEnum().notNull().default("pending"),
    attemptCount: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("webhook_deliveries_subscription_idx").on(t.subscriptionId, t.createdAt),
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
  ],
);

export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    attemptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    responseStatus: integer(),
    error: text(),
    durationMs: integer().notNull(),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId)],
);
