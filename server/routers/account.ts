import { changePassword, changePasswordSchema, setPassword, setPasswordSchema } from "@/server/domain/people/password";
import { createTRPCRouter, pendingPasswordProcedure, protectedProcedure } from "@/server/trpc/init";

export const accountRouter = createTRPCRouter({
  /** The signed-in person's own account (also while a one-time password waits to be replaced). */
  get: pendingPasswordProcedure.query(({ ctx }) => ({
    name: ctx.actor.name,
    email: ctx.actor.email,
    mustChangePassword: ctx.mustChangePassword,
  })),
  changePassword: protectedProcedure.input(changePasswordSchema).mutation(async ({ ctx, input }) => {
    await changePassword({ db: ctx.db, actor: ctx.actor, sessionId: ctx.sessionId, input });
    return { changed: true };
  }),
  /** First sign-in with a one-time password: the only thing such a person can do. */
  setPassword: pendingPasswordProcedure.input(setPasswordSchema).mutation(async ({ ctx, input }) => {
    await setPassword({ db: ctx.db, actor: ctx.actor, sessionId: ctx.sessionId, input });
    return { set: true };
  }),
});
