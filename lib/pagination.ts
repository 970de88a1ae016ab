import { z } from "zod";
import { DEFAULT_PAGE_SIZE, LEADERBOARD_PAGE_SIZE, MAX_PAGE, type PageSize, pageParam, pageSizes } from "./page-rules";

/** Long lists come a page at a time: the page sizes people may choose, and how a page is cut. Pure. */

export { DEFAULT_PAGE_SIZE, LEADERBOARD_PAGE_SIZE, type PageSize, pageSizes };

/** A page number for a procedure: a whole number from 1. */
export const pageNumberSchema = z.number().int().min(1).max(MAX_PAGE);
/** A page size for a procedure: one of `pageSizes`. */
export const pageSizeSchema = z.literal(pageSizes);

/**
 * A page number and size from a URL, where anything can be typed: junk falls back to page 1 and
 * the default size rather than failing the page.
 */
// `default`: a missing key in an object schema is page 1 too (zod skips a transform for it).
export const pageParamSchema = z.unknown().transform(pageParam).default(1);
export const sizeParamSchema = sizeParamWith(DEFAULT_PAGE_SIZE);

/** A page size from a URL for a list whose default is not `DEFAULT_PAGE_SIZE`. */
export function sizeParamWith(fallback: PageSize) {
  return z.coerce.number().pipe(pageSizeSchema).catch(fallback);
}

export type Page<T> = {
  rows: T[];
  /** Rows across every page. */
  total: number;
  /** The page answered: the one asked for, or the last one when it asked beyond the end. */
  page: number;
  pageCount: number;
  size: PageSize;
};

/** One page of rows already filtered and sorted; a page past the end answers with the last one. */
export function pageOf<T>(rows: readonly T[], page: number, size: PageSize): Page<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  return { rows: rows.slice((shown - 1) * size, shown * size), total: rows.length, page: shown, pageCount, size };
}

/** Where a page starts and ends in a total, for lists the database cuts (limit and offset). */
export function pageWindow(total: number, page: number, size: PageSize) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  return { page: shown, pageCount, offset: (shown - 1) * size, limit: size };
}
