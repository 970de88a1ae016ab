import { z } from "zod";
import { networkOverview } from "@/server/domain/admin/overview";
import { getPartnerByCode, listPartners, partnersWithTodayCounts, storeToday } from "@/server/domain/partners/queries";
import { createTRPCRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";

export const partnerCodeSchema = z.string().trim().min(1).max(64);

export const partnersRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listPartners(ctx.db, ctx.actor)),
  get: protectedProcedure
    .input(z.object({ code: partnerCodeSchema }))
    .query(({ ctx, input }) => getPartnerByCode(ctx.db, ctx.actor, input.code)),
  today: protectedProcedure
    .input(z.object({ code: partnerCodeSchema }))
    .query(({ ctx, input }) => storeToday(ctx.db, ctx.actor, input.code)),
  withTodayCounts: roleProcedure("regional_manager", "admin").query(({ ctx }) =>
    partnersWithTodayCounts(ctx.db, ctx.actor),
  ),
  networkOverview: roleProcedure("admin").query(({ ctx }) => networkOverview(ctx.db)),
});
