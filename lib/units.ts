/**
 * Exact by definition. Its own module so client code that shows distances (lib/format.ts) does
 * not pull the geodesic library into the browser.
 */
export const METERS_PER_MILE = 1609.344;
