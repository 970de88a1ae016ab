"use client";

import { useEffect } from "react";
import type { FieldValues, Resolver, ResolverResult } from "react-hook-form";
import type { z } from "zod";
import { whenIdle } from "./when-idle";

/** A react-hook-form resolver whose schema and zod load on first use (or earlier, from `preload`). */
export type LazyResolver<Schema extends z.ZodType<unknown, FieldValues>> = Resolver<
  z.input<Schema>,
  unknown,
  z.output<Schema>
> & {
  /** Starts loading the schema and zod now (idempotent; a failed load is tried again next time). */
  preload: () => void;
};

/**
 * `zodResolver(schema)` for a schema that is not in the page's first load: zod and the resolver are
 * about 45 kB gzip, which a form needs only once something is checked. `loadSchema` imports the
 * procedure's own schema (`() => import("@/server/domain/…/schemas").then((m) => m.thatSchema)`), so
 * the browser still checks with the very schema and messages the server uses. Create it at module
 * scope (one load per schema) and warm it with `usePreload` and the form's `onFocus`, so nobody waits
 * for it. If the code cannot be fetched at all (the connection dropped, a new release replaced it),
 * the values go to the procedure as typed: it checks them with the same schema and its field
 * messages land on the same fields (`setServerErrors`).
 */
export function lazyZodResolver<Schema extends z.ZodType<unknown, FieldValues>>(
  loadSchema: () => Promise<Schema>,
): LazyResolver<Schema> {
  type Input = z.input<Schema>;
  type Output = z.output<Schema>;
  let loading: Promise<Resolver<Input, unknown, Output>> | null = null;
  const load = () => {
    loading ??= Promise.all([loadSchema(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as Resolver<Input, unknown, Output>,
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const resolver: Resolver<Input, unknown, Output> = async (values, context, options) => {
    let resolve: Resolver<Input, unknown, Output>;
    try {
      resolve = await load();
    } catch {
      return { values, errors: {} } as ResolverResult<Input, Output>;
    }
    return resolve(values, context, options);
  };
  return Object.assign(resolver, { preload: () => void load().catch(() => {}) });
}

/** Loads a lazy resolver's code once the page is idle (see `whenIdle`), after the page's first load. */
export function usePreload(resolver: { preload: () => void }) {
  useEffect(() => whenIdle(resolver.preload), [resolver]);
}
