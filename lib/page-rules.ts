/**
 * The page sizes people may choose and the page numbers they may ask for, without zod: the list
 * screens that run in the browser read them from here (lib/pagination.ts holds the schemas). Pure.
 */

export const pageSizes = [10, 25, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;
/** The performance page's tables: each row carries a dozen figures, so a page shows fewer rows. */
export const LEADERBOARD_PAGE_SIZE: PageSize = 10;

/** The furthest page anyone may ask for (beyond the last one, the last one answers). */
export const MAX_PAGE = 100_000;

/**
 * A page number from an address: a whole number from 1, read as `Number` reads text; junk is page 1.
 * `pageParamSchema` is this rule inside zod.
 */
export function pageParam(value: unknown): number {
  const page = Number(value ?? undefined);
  return Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
}
