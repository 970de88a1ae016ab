import { partnerHeadlineSeries, regionDailySeries } from "@/server/domain/performance/daily";
import { performanceDashboard } from "@/server/domain/performance/dashboard";
import { partnerDrilldown } from "@/server/domain/performance/drilldown";
import { performanceLeaderboard } from "@/server/domain/performance/leaderboard";
import {
  leaderboardSchema,
  partnerPeriodSchema,
  periodSelectionSchema,
  regionSeriesSchema,
  sparklinesSchema,
  thresholdsInputSchema,
} from "@/server/domain/performance/schemas";
import { listThresholds, setThresholds } from "@/server/domain/performance/thresholds";
import { createTRPCRouter, roleProcedure } from "@/server/trpc/init";

export const performanceRouter = createTRPCRouter({
  /** Every partner's figures over a period beside the previous one, with roll-ups and alerts. */
  dashboard: roleProcedure("store_owner", "regional_manager", "admin")
    .input(periodSelectionSchema)
    .query(({ ctx, input }) => performanceDashboard({ db: ctx.db, actor: ctx.actor, period: input })),

  /** Each program's partners filtered, sorted and one page of them, with the roll-ups and alerts. */
  leaderboard: roleProcedure("store_owner", "regional_manager", "admin")
    .input(leaderboardSchema)
    .query(({ ctx, input }) => performanceLeaderboard({ db: ctx.db, actor: ctx.actor, ...input })),

  /** One partner in depth: figures, a daily series, discrepancies, flags and coverage gaps. */
  partner: roleProcedure("store_owner", "regional_manager", "admin")
    .input(partnerPeriodSchema)
    .query(({ ctx, input }) =>
      partnerDrilldown({ db: ctx.db, actor: ctx.actor, partnerCode: input.code, period: input.period }),
    ),

  /** The region's headline figures day by day, beside the previous period's (the dashboard's charts). */
  series: roleProcedure("store_owner", "regional_manager", "admin")
    .input(regionSeriesSchema)
    .query(({ ctx, input }) => regionDailySeries({ db: ctx.db, actor: ctx.actor, ...input })),

  /** Each partner's headline figure per local day of the period (the leaderboard's sparklines). */
  sparklines: roleProcedure("store_owner", "regional_manager", "admin")
    .input(sparklinesSchema)
    .query(({ ctx, input: { partnerIds, ...period } }) =>
      partnerHeadlineSeries({ db: ctx.db, actor: ctx.actor, period, partnerIds }),
    ),

  thresholds: roleProcedure("regional_manager", "admin").query(({ ctx }) =>
    listThresholds({ db: ctx.db, actor: ctx.actor }),
  ),

  /** A region's alert thresholds, as fractions (0.95 = 95 %). */
  setThresholds: roleProcedure("regional_manager", "admin")
    .input(thresholdsInputSchema)
    .mutation(({ ctx, input }) => {
      const { regionId, ...thresholds } = input;
      return setThresholds({ db: ctx.db, actor: ctx.actor, regionId, thresholds });
    }),
});
