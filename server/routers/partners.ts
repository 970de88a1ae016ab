import { z } from "zod";
import { networkOverview } from "@/server/domain/admin/overview";
import { addClosureDay, listClosureDays, removeClosureDay } from "@/server/domain/partners/closures";
import {
  inviteStoreUser,
  onboardPartner,
  partnerEditSchema,
  partnerInputSchema,
  placementOptions,
  setPartnerActive,
  setStoreUserActive,
  storeUsers,
  updatePartner,
} from "@/server/domain/partners/manage";
import { getPartnerByCode, listPartners, partnersWithTodayCounts, storeToday } from "@/server/domain/partners/queries";
import { listPickupWindows, pickupWindowsSchema, setPickupWindows } from "@/server/domain/partners/schedules";
import { createTRPCRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";

export const partnerCodeSchema = z.string().trim().min(1).max(64);

const managerProcedure = roleProcedure("regional_manager", "admin");

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

  // Partner management: regional managers (their regions) and admins.
  placement: managerProcedure.query(({ ctx }) => placementOptions(ctx.db, ctx.actor)),
  onboard: managerProcedure
    .input(partnerInputSchema)
    .mutation(({ ctx, input }) => onboardPartner(ctx.db, ctx.actor, input)),
  update: managerProcedure
    .input(z.object({ code: partnerCodeSchema, partner: partnerEditSchema }))
    .mutation(({ ctx, input }) => updatePartner(ctx.db, ctx.actor, input.code, input.partner)),
  setActive: managerProcedure
    .input(z.object({ code: partnerCodeSchema, active: z.boolean() }))
    .mutation(({ ctx, input }) => setPartnerActive(ctx.db, ctx.actor, input.code, input.active)),
  users: managerProcedure
    .input(z.object({ code: partnerCodeSchema }))
    .query(({ ctx, input }) => storeUsers(ctx.db, ctx.actor, input.code)),
  inviteUser: managerProcedure
    .input(
      z.object({
        code: partnerCodeSchema,
        email: z.email("Enter a valid email address."),
        name: z.string().trim().min(2, "Enter the person's name.").max(120),
        role: z.enum(["store_staff", "store_owner"]),
      }),
    )
    .mutation(({ ctx, input }) => inviteStoreUser(ctx.db, ctx.actor, input)),
  pickupWindows: protectedProcedure
    .input(z.object({ code: partnerCodeSchema }))
    .query(({ ctx, input }) => listPickupWindows(ctx.db, ctx.actor, input.code)),
  setPickupWindows: managerProcedure
    .input(z.object({ code: partnerCodeSchema, windows: pickupWindowsSchema }))
    .mutation(({ ctx, input }) => setPickupWindows(ctx.db, ctx.actor, input.code, input.windows)),
  closureDays: protectedProcedure
    .input(z.object({ code: partnerCodeSchema }))
    .query(({ ctx, input }) => listClosureDays(ctx.db, ctx.actor, input.code)),
  addClosureDay: roleProcedure("store_owner", "regional_manager", "admin")
    .input(
      z.object({ code: partnerCodeSchema, day: z.iso.date("Choose a date."), reason: z.string().max(200).optional() }),
    )
    .mutation(({ ctx, input }) => addClosureDay(ctx.db, ctx.actor, input.code, input.day, input.reason)),
  removeClosureDay: roleProcedure("store_owner", "regional_manager", "admin")
    .input(z.object({ code: partnerCodeSchema, day: z.iso.date() }))
    .mutation(({ ctx, input }) => removeClosureDay(ctx.db, ctx.actor, input.code, input.day)),
  setUserActive: managerProcedure
    .input(z.object({ userId: z.uuid(), active: z.boolean() }))
    .mutation(({ ctx, input }) => setStoreUserActive(ctx.db, ctx.actor, input.userId, input.active)),
});
