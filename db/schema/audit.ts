import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { auditEntityEnum } from "./enums";

/**
 * Who changed what in the network's set-up, with the values before and after. Append-only:
 * written in the same transaction as the change it records, never updated or deleted.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** No foreign key: the trail outlives accounts and must never be rewritten by a cascade. */
    actorUserId: uuid(),
    /** The actor's name at the time, kept if the account is later removed. */
    actorLabel: text().notNull(),
    entity: auditEntityEnum().notNull(),
    entityId: text().notNull(),
    /** A short verb such as `create`, `rename`, `revoke`, `disable`. */
    action: text().notNull(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_entity_idx").on(t.entity, t.at)],
);
