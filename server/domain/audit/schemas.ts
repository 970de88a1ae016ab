import "server-only";
import { z } from "zod";
import { auditEntities } from "@/db/schema/enums";

export const auditListInput = z.strictObject({
  entity: z.enum(auditEntities).nullable().default(null),
  page: z.int().min(1).max(10_000).default(1),
});
export type AuditListInput = z.input<typeof auditListInput>;
