import { z } from "zod";
import { partnerCodeSchema as partnerCode } from "@/lib/identifiers";
import { text } from "@/lib/validation";

export const staffInviteSchema = z
  .object({
    partnerCode,
    email: z.email("Enter a valid email address.").max(254),
    name: text({ min: 1, max: 200, message: "Enter the person's name." }),
  })
  .strict();
export type StaffInvite = z.infer<typeof staffInviteSchema>;

export const staffRemoveSchema = z.object({ partnerCode, userId: z.uuid() }).strict();

export const staffListSchema = z.object({ partnerCode });
