import { staffInviteSchema, staffListSchema, staffRemoveSchema } from "@/server/domain/staff/schemas";
import { inviteStaff, listStaff, removeFromStore } from "@/server/domain/staff/staff";
import { createTRPCRouter, roleProcedure } from "@/server/trpc/init";

const ownerProcedure = roleProcedure("store_owner", "regional_manager", "admin");

/** A store's people, as its owner manages them. */
export const staffRouter = createTRPCRouter({
  list: ownerProcedure
    .input(staffListSchema)
    .query(({ ctx, input }) => listStaff({ db: ctx.db, actor: ctx.actor, partnerCode: input.partnerCode })),
  invite: ownerProcedure
    .input(staffInviteSchema)
    .mutation(({ ctx, input }) => inviteStaff({ db: ctx.db, actor: ctx.actor, invite: input })),
  remove: ownerProcedure
    .input(staffRemoveSchema)
    .mutation(({ ctx, input }) => removeFromStore({ db: ctx.db, actor: ctx.actor, ...input })),
});
