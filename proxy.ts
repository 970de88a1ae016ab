import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/server/env";

const sessionCookies = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * Sends signed-out visits to any portal page to /login, which returns them afterwards.
 * It only reads the session: re-issuing the cookie here (as next-auth's own middleware does)
 * would let a request still in flight at sign-out sign the person back in.
 */
export default async function proxy(request: NextRequest) {
  for (const cookieName of sessionCookies) {
    if (!request.cookies.has(cookieName)) continue;
    const token = await getToken({
      req: request,
      secret: env.AUTH_SECRET,
      cookieName,
      salt: cookieName,
      secureCookie: cookieName.startsWith("__Secure-"),
    });
    if (token) return NextResponse.next();
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Not the sign-in, sign-out and offline pages, the APIs (they answer 401 themselves) or static files.
  matcher: [
    "/((?!login|logout|offline|api/|_next/static|_next/image|favicon.ico|icon|manifest.webmanifest|sw.js|robots.txt).*)",
  ],
};
