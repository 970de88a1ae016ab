import NextAuth from "next-auth";
import { authConfig } from "@/server/auth/config";

/** Sends signed-out visits to any portal page to /login, which returns them afterwards. */
export default NextAuth(authConfig).auth;

export const config = {
  // Not the sign-in page, the APIs (they answer 401 themselves) or static files.
  matcher: ["/((?!login|api/|_next/static|_next/image|favicon.ico|icon|manifest.webmanifest|sw.js|robots.txt).*)"],
};
