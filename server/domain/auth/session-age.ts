/** How long a session lasts; the cookie's own lifetime matches it (no database here: the proxy imports it). */
export const sessionMaxAgeSeconds = 12 * 60 * 60;
