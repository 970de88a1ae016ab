import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { decodePathSegment } from "@/lib/url";

/** A page's path segment decoded; broken percent-encoding (`/parcels/%`) is a 404, never a 500. */
export function pathParam(raw: string): string {
  const value = decodePathSegment(raw);
  if (value === null) notFound();
  return value;
}

/**
 * For a page's `.catch`: a thing that is not there, or an id that could not exist (too long,
 * control characters), shows the 404 page; anything else is a real error.
 */
export function notFoundOrThrow(error: unknown): never {
  if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
  throw error;
}
