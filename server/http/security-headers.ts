/**
 * Security headers. Pages get a Content-Security-Policy with a fresh nonce from the proxy
 * (Next.js puts it on its own scripts); every answer gets the fixed headers in next.config.mjs
 * (APIs a policy that allows nothing), and HSTS comes from the production server.
 */

/** The origin map tiles load from, with `{s}` subdomains as a wildcard; null without tiles. */
export function tileOrigin(tileUrl: string): string | null {
  if (!tileUrl) return null;
  try {
    const url = new URL(tileUrl.replaceAll("{s}", "tile-subdomain").replace(/\{[a-z]\}/g, "0"));
    return `${url.protocol}//${url.host.replace("tile-subdomain", "*")}`;
  } catch {
    return null;
  }
}

/**
 * The pages' policy: scripts only with this request's nonce (and what they load), styles from the
 * portal (inline style attributes are allowed: charts and the map set them), images from the
 * portal, proof previews (blob:/data:) and the map tiles; nothing may frame the portal.
 */
export function pageContentSecurityPolicy(options: {
  nonce: string;
  tileUrl: string;
  production: boolean;
  dev: boolean;
}) {
  const tiles = tileOrigin(options.tileUrl);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data:${tiles ? ` ${tiles}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.production ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** HTTPS only, for two years (production). */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";
