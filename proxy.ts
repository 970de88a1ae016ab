import { type NextRequest, NextResponse } from "next/server";
import { sessionUserFromCookies } from "@/server/auth/session-cookie";
import { env } from "@/server/env";
import { pageContentSecurityPolicy } from "@/server/http/security-headers";

/** Pages anyone may open; every other page needs a session. */
const publicPages = /^\/(login|logout|offline)(\/|$)/;

/** A signed, unexpired session cookie (decrypted once per cookie, see session-cookie.ts). */
async function hasSession(request: NextRequest): Promise<boolean> {
  return (await sessionUserFromCookies(request.headers.get("cookie"))) !== null;
}

/**
 * Every page: a Content-Security-Policy with a fresh nonce (Next.js reads it from the request
 * and puts it on its scripts). Signed-out visits to portal pages go to /login, which returns
 * them afterwards; whether a session is still valid is checked against the database by the
 * page itself. The proxy only reads the session: re-issuing the cookie here (as next-auth's own
 * middleware does) would let a request still in flight at sign-out sign the person back in.
 */
export default async function proxy(request: NextRequest) {
  if (!publicPages.test(request.nextUrl.pathname) && !(await hasSession(request))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pageContentSecurityPolicy({
    nonce,
    tileUrl: env.MAP_TILE_URL,
    production: env.APP_ENV === "production",
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Not the APIs (they answer 401 themselves, and get their headers from next.config.mjs) or static files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon|manifest.webmanifest|sw.js|robots.txt).*)"],
};
