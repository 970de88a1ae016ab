import { listPartners } from "@/server/domain/partners/queries";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";

export const usersRouter = createTRPCRouter({
  /** The signed-in person with the stores or regions they work in. */
  me: protectedProcedure.query(async ({ ctx }) => {
    const { actor } = ctx;
    const stores =
      actor.role === "store_staff" || actor.role === "store_owner"
        ? (await listPartners(ctx.db, actor)).map((p) => ({
            code: p.code,
            name: p.name,
            program: p.program,
            timeZone: p.timeZone,
          }))
        : [];
    return { id: actor.userId, name: actor.name, email: actor.email, role: actor.role, stores };
  }),
});
