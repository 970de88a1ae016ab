import { z } from "zod";
import { idSchema, plainText, timeZoneSchema } from "../admin/fields";

export const regionFields = z.strictObject({ name: plainText("region name", 80, 2), timeZone: timeZoneSchema });
export const updateRegionInput = regionFields.extend({ id: idSchema });

export type RegionInput = z.input<typeof regionFields>;
export type UpdateRegionInput = z.input<typeof updateRegionInput>;
