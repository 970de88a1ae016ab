"use client";

import { useEffect } from "react";
import type { z } from "zod";
import type { FieldErrors, Resolver } from "./use-form";
import { whenIdle } from "./when-idle";

type FormIssues = typeof import("./form-issues");

/** A form resolver whose schema and zod load on first use (or earlier, from `preload`). */
export type LazyResolver<Schema extends z.ZodType<unknown, object>> = Resolver<z.input<Schema>, z.output<Schema>> & {
  /** Starts loading the schema and zod now (idempotent; a failed load is tried again next time). */
  preload: () => void;
};

/**
 * Checks with a schema that is not in the page's first load: zod is about 45 kB gzip, which a form
 * needs only once something is checked. `loadSchema` imports the procedure's own schema
 * (`() => import("@/server/domain/…/schemas").then((m) => m.thatSchema)`), so the browser still
 * checks with the very schema and messages the server uses. Create it at module scope (one load per
 * schema) and warm it with `usePreload` and the form's `onFocus`, so nobody waits for it. If the code
 * cannot be fetched at all (the connection dropped, a new release replaced it), the values go to the
 * procedure as typed: it checks them with the same schema and its field messages land on the same
 * fields (`setServerErrors`).
 */
export function lazyZodResolver<Schema extends z.ZodType<unknown, object>>(
  loadSchema: () => Promise<Schema>,
): LazyResolver<Schema> {
  type Input = z.input<Schema>;
  type Output = z.output<Schema>;
  let loading: Promise<[Schema, FormIssues]> | null = null;
  // The schema and the code that turns its issues into field messages come together.
  const load = () => {
    loading ??= Promise.all([loadSchema(), import("./form-issues")]).catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  const resolver: Resolver<Input, Output> = async (values) => {
    let loaded: [Schema, FormIssues];
    try {
      loaded = await load();
    } catch {
      return { values: values as Output };
    }
    const [schema, { errorsFromIssues }] = loaded;
    const result = await schema.safeParseAsync(values);
    return result.success
      ? { values: result.data as Output }
      : { errors: errorsFromIssues(result.error.issues) as FieldErrors<Input> };
  };
  return Object.assign(resolver, { preload: () => void load().catch(() => {}) });
}

/** Loads a lazy resolver's code once the page is idle (see `whenIdle`), after the page's first load. */
export function usePreload(resolver: { preload: () => void }) {
  useEffect(() => whenIdle(resolver.preload), [resolver]);
}
