import { z } from "zod";
import { latitudeSchema, longitudeSchema } from "@/lib/partner-field-schemas";
import { idSchema, plainText, timeZoneSchema } from "../admin/fields";

export const mallFields = z.strictObject({
  name: plainText("mall name", 120, 2),
  regionId: z.uuid("Choose a region."),
  addressLine1: plainText("street address", 200),
  city: plainText("town or city", 100),
  state: plainText("state", 50, 2),
  postalCode: plainText("postal code", 20, 3),
  lat: latitudeSchema,
  lng: longitudeSchema,
  timeZone: timeZoneSchema,
});
export const updateMallInput = mallFields.extend({ id: idSchema });

export type MallInput = z.input<typeof mallFields>;
export type UpdateMallInput = z.input<typeof updateMallInput>;
