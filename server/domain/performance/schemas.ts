import { z } from "zod";
import { programs } from "@/lib/enums";
import { leaderboardSortKeys } from "@/lib/figures";
import { partnerCodeSchema } from "@/lib/identifiers";
import { LEADERBOARD_PAGE_SIZE, pageNumberSchema, pageSizeSchema } from "@/lib/pagination";
import { relativePresets } from "@/lib/period";
import { periodRangeError } from "@/lib/period-range";
import { localDate } from "@/lib/validation";

/** Performance's inputs, for procedures and the thresholds form alike. Pure: zod and lib only. */

/** The longest period the raw path answers (two years and a day, for year-on-year views). */
export const MAX_PERIOD_DAYS = 731;

const localDay = localDate();
const share = z.number().min(0, "Use a percentage from 0 to 100.").max(1, "Use a percentage from 0 to 100.");

function checkRange(p: { from: string; to: string }, ctx: z.RefinementCtx) {
  const error = periodRangeError(p.from, p.to);
  if (error) ctx.addIssue({ code: "custom", message: error.message, path: [error.field] });
}

/** Local days, the same for every partner: at most a year, ending on or after its start (lib/period-range.ts). */
export const periodSchema = z.object({ from: localDay, to: localDay }).superRefine(checkRange);

/** The most partners one sparklines call names: two tables of the largest page. */
export const MAX_SPARKLINE_PARTNERS = 200;

/** A period's sparklines: every partner the caller sees, or only those named (the rows a page shows). */
export const sparklinesSchema = z
  .object({
    from: localDay,
    to: localDay,
    partnerIds: z.array(z.uuid()).max(MAX_SPARKLINE_PARTNERS).optional(),
  })
  .superRefine(checkRange);

/** A preset ending on each partner's own local today, or explicit local days. */
export const periodSelectionSchema = z.union([z.object({ preset: z.enum(relativePresets) }).strict(), periodSchema]);

export const partnerPeriodSchema = z.object({ code: partnerCodeSchema, period: periodSchema });

/** The region's daily series: every partner the caller sees, or one mall's. */
export const regionSeriesSchema = z.object({ period: periodSchema, mallId: z.uuid().optional() });

/**
 * The leaderboard the performance page shows: every program's partners filtered, sorted and cut
 * into pages by the server (each program's table has its own page), with the period's roll-ups.
 */
export const leaderboardSchema = z.strictObject({
  period: periodSelectionSchema,
  program: z.enum(["all", ...programs]).default("all"),
  mallId: z.uuid().optional(),
  /** Part of a partner's name, code, mall or town. */
  q: z.string().trim().max(80).default(""),
  alertsOnly: z.boolean().default(false),
  sort: z.enum(leaderboardSortKeys).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  size: pageSizeSchema.default(LEADERBOARD_PAGE_SIZE),
  /** The page of the malls' roll-ups (ten a page), apart from the partners' tables. */
  mallsPage: pageNumberSchema.default(1),
  pages: z
    .strictObject({ mall_pickup: pageNumberSchema.default(1), local_delivery: pageNumberSchema.default(1) })
    .default({ mall_pickup: 1, local_delivery: 1 }),
});
export type LeaderboardInput = z.input<typeof leaderboardSchema>;
export type LeaderboardQuery = z.output<typeof leaderboardSchema>;

/** A region's alert thresholds, as fractions (0.95 = 95 %). */
export const thresholdsInputSchema = z.object({
  regionId: z.uuid(),
  readyOnTimeRate: share,
  deliveryCompletionRate: share,
  proofCompliance: share,
});
export type ThresholdsInput = z.infer<typeof thresholdsInputSchema>;
