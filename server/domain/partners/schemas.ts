import { z } from "zod";
import { programs } from "@/lib/enums";
import { partnerCodeSchema } from "@/lib/identifiers";
import { DEFAULT_PAGE_SIZE, pageNumberSchema, pageSizeSchema } from "@/lib/pagination";
import { latitudeSchema, longitudeSchema, payRateCentsSchema, radiusMilesSchema } from "@/lib/partner-field-schemas";
import { clockTime, closingMessage, endsAfterStart, windowEndMessage } from "@/lib/time-window";
import { localDate, text } from "@/lib/validation";

/** Partners' inputs, for procedures and the manager's forms alike. Pure: zod and lib only. */

export const timeZones = new Set(Intl.supportedValuesOf("timeZone"));

/** What the partners list sorts by. */
export const partnerListSorts = ["name", "code", "region", "place"] as const;
export type PartnerListSort = (typeof partnerListSorts)[number];

/** The partners list: searched by name or partner code, sorted and cut into pages by the server. */
export const partnerListSchema = z.strictObject({
  q: z.string().trim().max(80).default(""),
  sort: z.enum(partnerListSorts).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: pageNumberSchema.default(1),
  size: pageSizeSchema.default(DEFAULT_PAGE_SIZE),
});
export type PartnerListInput = z.input<typeof partnerListSchema>;
export type PartnerListQuery = z.output<typeof partnerListSchema>;

/** A partner's fields as a manager onboards or edits it. */
const partnerFields = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,31}$/, "3–32 letters, digits or dashes, like NE-PRAIRIE."),
  name: text({ min: 2, max: 120, message: "Enter the store's name." }),
  program: z.enum(programs, "Choose a program."),
  regionId: z.uuid("Choose a region."),
  /** The carrier whose parcels this partner handles; chosen at onboarding, fixed after. */
  carrierId: z.uuid("Choose a carrier."),
  mallId: z.uuid("Choose a mall.").nullable().default(null),
  addressLine1: text({ min: 1, max: 200, message: "Enter the street address." }),
  city: text({ min: 1, max: 100, message: "Enter the town or city." }),
  state: text({ min: 2, max: 50, message: "Enter the state." }),
  postalCode: text({ min: 3, max: 20, message: "Enter the postal code." }),
  lat: latitudeSchema,
  lng: longitudeSchema,
  timeZone: z
    .string("Choose a time zone.")
    .max(64, "Choose a time zone such as America/Chicago.")
    .refine((tz) => timeZones.has(tz), "Choose a time zone such as America/Chicago."),
  radiusMiles: radiusMilesSchema.default(10),
  /** The opening rate; later changes go through `payRateChangeSchema`, from a day onward. */
  payRateCents: payRateCentsSchema.default(250),
});

const mallRule = {
  check: (p: { program: string; mallId: string | null }) => (p.program === "mall_pickup") === (p.mallId !== null),
  message: { message: "Mall pickup partners belong to a mall; local delivery partners do not.", path: ["mallId"] },
};

export const partnerInputSchema = partnerFields.refine(mallRule.check, mallRule.message);
/** Editing: everything but the code, which the carrier relies on, and the pay rate (set from a day onward). */
export const partnerEditSchema = partnerFields
  .omit({ code: true, carrierId: true, payRateCents: true })
  .refine(mallRule.check, mallRule.message);
export type PartnerEdit = z.infer<typeof partnerEditSchema>;
export type PartnerInput = z.infer<typeof partnerInputSchema>;

const time = z.string("Use a time like 09:30.").regex(clockTime, "Use a time like 09:30.");
const day = z
  .object({ open: time, close: time })
  .strict()
  .refine((h) => endsAfterStart(h.open, h.close), { message: closingMessage, path: ["close"] });

/** A weekly grid in the store's local time: ISO weekday ("1" = Monday) → hours; a day left out is closed. */
export const openingHoursSchema = z
  .object({ "1": day, "2": day, "3": day, "4": day, "5": day, "6": day, "7": day })
  .partial()
  .strict();

const windowTime = z
  .string("Use a time like 15:30.")
  .max(5, "Use a time like 15:30.")
  .regex(clockTime, "Use a time like 15:30.");

/** A mall partner's recurring pickup windows, in its local time (ISO weekday 1 = Monday). */
export const pickupWindowsSchema = z
  .array(
    z
      .object({
        isoWeekday: z.number("Choose a day.").int("Choose a day.").min(1, "Choose a day.").max(7, "Choose a day."),
        windowStart: windowTime,
        windowEnd: windowTime,
      })
      .refine((w) => endsAfterStart(w.windowStart, w.windowEnd), { message: windowEndMessage, path: ["windowEnd"] }),
  )
  .max(50, "At most 50 pickup windows a week.");

export const partnerRefSchema = z.object({ code: partnerCodeSchema });

export const partnerUpdateSchema = z.object({ code: partnerCodeSchema, partner: partnerEditSchema });

export const storeUserInviteSchema = z.object({
  code: partnerCodeSchema,
  email: z.email("Enter a valid email address.").max(254),
  name: text({ min: 2, max: 120, message: "Enter the person's name." }),
  role: z.enum(["store_staff", "store_owner"], "Choose staff or owner."),
});
export type StoreUserInvite = z.infer<typeof storeUserInviteSchema>;

export const storeUserRefSchema = z.object({ code: partnerCodeSchema, userId: z.uuid() });

export const closureDayAddSchema = z.object({
  code: partnerCodeSchema,
  day: localDate("Choose a date."),
  reason: text({ max: 200 }).optional(),
});
export const closureDayRemoveSchema = z.object({ code: partnerCodeSchema, day: localDate() });

/** A new pay rate from a store-local day onward (today when left out). */
export const payRateChangeSchema = z.object({
  code: partnerCodeSchema,
  rateCents: payRateCentsSchema,
  effectiveFrom: localDate("Choose the day the new rate starts.").optional(),
});
export type PayRateChange = z.infer<typeof payRateChangeSchema>;
