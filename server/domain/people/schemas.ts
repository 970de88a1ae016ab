import { z } from "zod";
import { roles } from "@/lib/enums";
import { locales } from "@/lib/format";
import { idSchema, plainText } from "../admin/fields";

export const PEOPLE_PAGE_SIZE = 25;

export const listPeopleInput = z.strictObject({
  search: plainText("search", 100).nullable().default(null),
  role: z.enum(roles).nullable().default(null),
  page: z.int().min(1).max(10_000).default(1),
});

/** People the admin creates directly; store accounts come from a store's own invitation. */
export const createPersonInput = z.strictObject({
  email: z.email("Enter an email address such as name@example.com.").max(254).toLowerCase(),
  name: plainText("name", 120, 2),
  role: z.enum(["regional_manager", "admin"], "Choose manager or admin."),
  regionIds: z.array(idSchema).max(100).default([]),
});

export const assignRegionsInput = z.strictObject({ userId: idSchema, regionIds: z.array(idSchema).max(100) });
export const personIdInput = z.strictObject({ userId: idSchema });

export type ListPeopleInput = z.input<typeof listPeopleInput>;
export type CreatePersonInput = z.input<typeof createPersonInput>;
export type AssignRegionsInput = z.input<typeof assignRegionsInput>;

/** The language a person reads the portal in (their account page's `Language`). */
export const setLanguageInput = z.strictObject({ language: z.enum(locales, "Choose English or Español.") });
export type SetLanguageInput = z.input<typeof setLanguageInput>;
