import { defaultLocale } from "@/lib/format";
import { setLanguage } from "@/server/domain/people/language";
import { changePassword, changePasswordSchema, setPassword, setPasswordSchema } from "@/server/domain/people/password";
import { setLanguageInput } from "@/server/domain/people/schemas";
import { createTRPCRouter, pendingPasswordProcedure, protectedProcedure } from "@/server/trpc/init";

export const accountRouter = createTRPCRouter({
  /** The signed-in person's own account (also while a one-time password waits to be replaced). */
  get: pendingPasswordProcedure.query(({ ctx }) => ({
    name: ctx.actor.name,
    email: ctx.actor.email,
    mustChangePassword: ctx.mustChangePassword,
    /** What the portal speaks to them in: their choice, else their browser's language. */
    locale: ctx.actor.locale ?? defaultLocale,
  })),
  /** Their language on every device (the account page's `Language`). */
  setLanguage: protectedProcedure.input(setLanguageInput).mutation(async ({ ctx, input }) => {
    const language = await setLanguage({ db: ctx.db, actor: ctx.actor, input });
    // The page redraws at once in the new language: it must not read the cached session.
    ctx.forgetSession?.(ctx.actor.userId);
    return { language };
  }),
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
