/**
 * tRPC setup: 1. the context each request gets, 2. the error shape clients see,
 * 3. the procedure ladder (public → signed in → role).
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { type Db, getDatabase } from "@/db/client";
import type { Role } from "@/db/schema";
import type { UserActor } from "@/server/domain/actor";
import { loadUserActor } from "@/server/domain/auth/load-actor";
import { AppError, toAppError } from "@/server/errors";

// 1. Context ---------------------------------------------------------------------------

export type SessionUser = { id: string; role: Role } | null;

export type TRPCContext = {
  db: Db;
  sessionUser: SessionUser;
  headers: Headers;
};

/** Builds the context from the signed-in user (read by the caller from next-auth). */
export async function createTRPCContext(opts: { headers: Headers; sessionUser: SessionUser }): Promise<TRPCContext> {
  const { db } = await getDatabase();
  return { db, sessionUser: opts.sessionUser, headers: opts.headers };
}

// 2. Errors ----------------------------------------------------------------------------

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        stack: undefined,
        reason: cause instanceof AppError ? (cause.reason ?? null) : null,
        // Field-by-field messages, so forms can show each next to its input.
        fieldErrors: cause instanceof ZodError ? fieldErrorsOf(cause) : null,
      },
    };
  },
});

/**
 * Messages per field, keyed by the field's own name even when the input nests it
 * (`{ code, partner: { radiusMiles } }` → `radiusMiles`), which is how forms name their inputs.
 */
function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const name = [...issue.path].reverse().find((segment) => typeof segment === "string");
    if (!name) continue;
    fields[name] = [...(fields[name] ?? []), issue.message];
  }
  return fields;
}

/** Turns domain errors into their tRPC codes; database outages become SERVICE_UNAVAILABLE. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (result.error.code !== "INTERNAL_SERVER_ERROR" || cause instanceof ZodError) return result;
  const appError = toAppError(cause ?? result.error);
  if (appError.code === "INTERNAL") console.error("[trpc] unexpected error", cause ?? result.error);
  throw new TRPCError({ code: appError.trpcCode, message: appError.message, cause: appError });
});

// 3. Procedures ------------------------------------------------------------------------

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(mapErrors);

/** Signed in, with the person and their memberships read fresh from the database. */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.sessionUser) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  const actor = await loadUserActor(ctx.db, ctx.sessionUser.id);
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Your account is no longer active." });
  return next({ ctx: { ...ctx, actor } });
});

/** Signed in with one of the given roles. */
export function roleProcedure(...roles: Role[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.actor.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "This is not available to your role." });
    }
    return next({ ctx });
  });
}

export type ProtectedContext = TRPCContext & { actor: UserActor };
