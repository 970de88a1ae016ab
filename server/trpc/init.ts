/**
 * tRPC setup: 1. the context each request gets, 2. the error shape clients see,
 * 3. the procedure ladder (public → signed in → role).
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, ZodRealError } from "zod";
import { type Db, getDatabase } from "@/db/client";
import type { Role } from "@/db/schema";
import { defaultLocale, type Locale, localeFromAcceptLanguage } from "@/lib/format";
import { fieldMessageIn, translatorFor } from "@/lib/i18n/translate";
import { sessionCache } from "@/server/auth/session-cache";
import type { UserActor } from "@/server/domain/actor";
import { loadUserActor } from "@/server/domain/auth/load-actor";
import { loadSession, type SessionState } from "@/server/domain/auth/sessions";
import { listenForStatsChanges } from "@/server/domain/performance/totals-cache";
import { AppError, inLanguage, toAppError, wordedError } from "@/server/errors";
import { logger } from "@/server/log";
import { answerTransformer } from "./answer-format";

// 1. Context ---------------------------------------------------------------------------

/**
 * Who the session cookie names. Requests always carry `sessionId` (checked against the database
 * on every call); in-process callers such as tests may leave it out.
 */
export type SessionUser = { id: string; role: Role; sessionId?: string } | null;

export type TRPCContext = {
  db: Db;
  sessionUser: SessionUser;
  headers: Headers;
  /** Reads a session; requests use the process's cache, callers without one read it fresh. */
  loadSession?: (options: { userId: string; sessionId: string }) => Promise<SessionState | null>;
  /**
   * After a person's own change to what their session carries (their language), forgets what
   * this process cached of it, so their very next request reads it; other processes hear the
   * database's notice, which may arrive after that next request.
   */
  forgetSession?: (userId: string) => void;
  /**
   * Shares one read between the queries of one request (a page render or a batch), e.g. the
   * store three of the Deliveries page's queries look up. Never for writes: a request's reads
   * may not see its own mutations through it.
   */
  once?: <T>(key: string, read: () => Promise<T>) => Promise<T>;
};

/** A fresh per-request memo for `TRPCContext.once`. */
export function requestMemo(): NonNullable<TRPCContext["once"]> {
  const reads = new Map<string, Promise<unknown>>();
  return <T>(key: string, read: () => Promise<T>) => {
    let pending = reads.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = read();
      reads.set(key, pending);
    }
    return pending;
  };
}

/** Builds the context from the signed-in user (read by the caller from the session cookie). */
export async function createTRPCContext(opts: { headers: Headers; sessionUser: SessionUser }): Promise<TRPCContext> {
  const handle = await getDatabase();
  const sessions = sessionCache(handle);
  void listenForStatsChanges(handle);
  return {
    db: handle.db,
    sessionUser: opts.sessionUser,
    headers: opts.headers,
    loadSession: (options) => sessions.load(options),
    forgetSession: (userId) => sessions.forget(userId),
    once: requestMemo(),
  };
}

// 2. Errors ----------------------------------------------------------------------------

const t = initTRPC.context<TRPCContext>().create({
  transformer: answerTransformer,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        stack: undefined,
        reason: cause instanceof AppError ? (cause.reason ?? null) : null,
        // Field-by-field messages, so forms can show each next to its input.
        fieldErrors:
          cause instanceof ZodError
            ? fieldErrorsOf(cause)
            : cause instanceof AppError && cause.field
              ? { [cause.field]: [cause.message] }
              : null,
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
const mapErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  // Refused input: the first problem as the message (never the issues' JSON); the form shows each at its field.
  if (cause instanceof ZodError) {
    throw new TRPCError({ code: "BAD_REQUEST", message: cause.issues[0]?.message ?? "Check the form.", cause });
  }
  if (result.error.code !== "INTERNAL_SERVER_ERROR") return result;
  const appError = toAppError(cause ?? result.error);
  if (appError.code === "INTERNAL") logger.error({ err: appError, path }, "unexpected error");
  throw new TRPCError({ code: appError.trpcCode, message: appError.message, cause: appError });
});

/**
 * A failed call in the person's language: the schemas' field messages and the domain's worded
 * errors (`wordedError`: not found, an inactive store, an outage…), which the domain words in
 * English when it does not know who reads them. Refusals worded for the person already stay.
 */
function inPersonsLanguage(error: TRPCError, locale: Locale): unknown {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    // The thrown kind (an Error), as zod's own parse throws it.
    return new ZodRealError(
      cause.issues.map((issue) => ({ ...issue, message: fieldMessageIn(locale, issue.message) })),
    );
  }
  if (error.code !== "INTERNAL_SERVER_ERROR") return error;
  return inLanguage(toAppError(cause ?? error), locale);
}

// 3. Procedures ------------------------------------------------------------------------

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(mapErrors);

/**
 * Signed in, with the person and their memberships read fresh from the database; also for a
 * person who must still replace a one-time password (only their account procedures use it).
 */
export const pendingPasswordProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const user = ctx.sessionUser;
  // Before the person is known, their browser's language.
  const signedOut = () => translatorFor(localeFromAcceptLanguage(ctx.headers.get("accept-language")), "errors");
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: signedOut()("server.signIn") });
  const state = user.sessionId
    ? await (ctx.loadSession ?? ((options) => loadSession({ db: ctx.db, ...options })))({
        userId: user.id,
        sessionId: user.sessionId,
      })
    : await loadUserActor({ db: ctx.db, userId: user.id }).then((actor) =>
        actor ? { actor, mustChangePassword: false } : null,
      );
  if (!state) throw new TRPCError({ code: "UNAUTHORIZED", message: signedOut()("server.sessionEnded") });
  // The person's locale for messages the domain words (decision 020).
  const locale = state.actor.language ?? localeFromAcceptLanguage(ctx.headers.get("accept-language"));
  const result = await next({
    ctx: {
      ...ctx,
      actor: { ...state.actor, locale },
      sessionId: user.sessionId,
      mustChangePassword: state.mustChangePassword,
    },
  });
  if (!result.ok && locale !== defaultLocale) throw inPersonsLanguage(result.error, locale);
  return result;
});

/** Signed in, with a password of their own. */
export const protectedProcedure = pendingPasswordProcedure.use(({ ctx, next }) => {
  if (ctx.mustChangePassword) {
    throw wordedError("FORBIDDEN", { key: "server.setPasswordFirst" }, { reason: "password_change_required" });
  }
  return next({ ctx });
});

/** Signed in with one of the given roles. */
export function roleProcedure(...roles: Role[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.actor.role)) {
      throw wordedError("FORBIDDEN", { key: "server.notForYourRole" });
    }
    return next({ ctx });
  });
}

export type ProtectedContext = TRPCContext & { actor: UserActor };
