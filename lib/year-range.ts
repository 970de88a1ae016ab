/**
 * Years a stored time may fall in: anything else is a typo, a broken clock or an attack. Apart from
 * lib/validation.ts (zod), so the browser's date fields can read them without loading zod. Pure.
 */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
