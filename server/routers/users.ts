import { defaultLocale } from "@/lib/format";
import { listPartners } from "@/server/domain/partners/queries";
import { createTRPCRouter, pendingPasswordProcedure } from "@/server/trpc/init";

export const usersRouter = createTRPCRouter({
  /**
   * The signed-in person with the stores or regions they work in; also answers while a one-time
   * password waits to be replaced, so pages can send the person to set theirs.
   */
  me: pendingPasswordProcedure.query(async ({ ctx }) => {
    const { actor } = ctx;
    const stores =
      actor.role === "store_staff" || actor.role === "store_owner"
        ? (await listPartners({ db: ctx.db, actor })).map((p) => ({
            code: p.code,
            name: p.name,
            program: p.program,
            timeZone: p.timeZone,
          }))
        : [];
    return {
      id: actor.userId,
      name: actor.name,
      email: actor.email,
      role: actor.role,
      stores,
      mustChangePassword: ctx.mustChangePassword,
      locale: actor.locale ?? defaultLocale,
    };
  }),
});
