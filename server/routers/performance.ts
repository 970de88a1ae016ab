import { z } from "zod";
import { performanceDashboard } from "@/server/domain/performance/dashboard";
import { partnerDrilldown } from "@/server/domain/performance/drilldown";
import { MAX_PERIOD_DAYS, periodDays } from "@/server/domain/performance/period";
import { listThresholds, setThresholds } from "@/server/domain/performance/thresholds";
import { createTRPCRouter, roleProcedure } from "@/server/trpc/init";

const localDay = z.iso.date("Use a date like 2026-11-24.");
const share = z.number().min(0, "Use a percentage from 0 to 100.").max(1, "Use a percentage from 0 to 100.");

export const periodSchema = z
  .object({ from: localDay, to: localDay })
  .refine((p) => p.from <= p.to, { message: "The period must end on or after its start.", path: ["to"] })
  .refine((p) => periodDays(p).length <= MAX_PERIOD_DAYS, {
    message: `A period is at most ${MAX_PERIOD_DAYS} days.`,
    path: ["from"],
  });

export const performanceRouter = createTRPCRouter({
  /** Every partner's figures over a period beside the previous one, with roll-ups and alerts. */
  dashboard: roleProcedure("regional_manager", "admin")
    .input(periodSchema)
    .query(({ ctx, input }) => performanceDashboard(ctx.db, ctx.actor, input)),

  /** One partner in depth: figures, a daily series, discrepancies, flags and coverage gaps. */
  partner: roleProcedure("regional_manager", "admin")
    .input(z.object({ code: z.string().trim().min(1).max(64), period: periodSchema }))
    .query(({ ctx, input }) => partnerDrilldown(ctx.db, ctx.actor, input.code, input.period)),

  thresholds: roleProcedure("regional_manager", "admin").query(({ ctx }) => listThresholds(ctx.db, ctx.actor)),

  /** A region's alert thresholds, as fractions (0.95 = 95 %). */
  setThresholds: roleProcedure("regional_manager", "admin")
    .input(
      z.object({
        regionId: z.uuid(),
        readyOnTimeRate: share,
        deliveryCompletionRate: share,
        proofCompliance: share,
      }),
    )
    .mutation(({ ctx, input }) => {
      const { regionId, ...thresholds } = input;
      return setThresholds(ctx.db, ctx.actor, regionId, thresholds);
    }),
});
