import { z } from "zod";
import { performanceDashboard } from "@/server/domain/performance/dashboard";
import { partnerDrilldown } from "@/server/domain/performance/drilldown";
import { MAX_PERIOD_DAYS, periodDays } from "@/server/domain/performance/period";
import { createTRPCRouter, roleProcedure } from "@/server/trpc/init";

const localDay = z.iso.date("Use a date like 2026-11-24.");

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
});
