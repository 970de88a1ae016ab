import { z } from "zod";
import { idSchema, plainText } from "../admin/fields";

export const createCarrierInput = z.strictObject({ name: plainText("carrier name", 80, 2) });
export const renameCarrierInput = z.strictObject({ id: idSchema, name: plainText("carrier name", 80, 2) });
export const createApiKeyInput = z.strictObject({
  carrierId: idSchema,
  label: plainText("label", 80).nullable().default(null),
});
export const revokeApiKeyInput = z.strictObject({ id: idSchema });

export type CreateCarrierInput = z.input<typeof createCarrierInput>;
export type RenameCarrierInput = z.input<typeof renameCarrierInput>;
export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;
