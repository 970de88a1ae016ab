import { decode } from "next-auth/jwt";
import type { Role } from "@/db/schema";
import { env } from "@/server/env";
import type { SessionUser } from "@/server/trpc/init";

/** next-auth's session cookie: `__Secure-` only over HTTPS in production (see ./index.ts). */
export const sessionCookieName =
  env.APP_ENV === "production" ? "__Secure-authjs.session-token" : "authjs.session-token";

type Claims = { user: NonNullable<SessionUser>; expiresAtMs: number };

/**
 * Decrypted cookies by their exact text. Decrypting is the costly part of reading a session
 * (a key derivation and an AES decryption); the same text always decrypts to the same claims,
 * so only the expiry is checked again. Whether the session is still valid is decided by the
 * database (see server/domain/auth/sessions.ts), never by this cache.
 */
const decoded = new Map<string, Claims | null>();
const maxDecoded = 5_000;

/**
 * The session cookie's claims from a Cookie header, as next-auth's `auth()` would give them but
 * without its per-call round through a synthetic `/api/auth/session` request (which also
 * re-encrypts a fresh cookie that a route handler drops anyway). Null when signed out.
 */
export async function sessionUserFromCookies(
  cookieHeader: string | null,
  secret = env.AUTH_SECRET,
): Promise<SessionUser> {
  const token = sessionToken(cookieHeader ?? "");
  if (!token || !secret) return null;
  let claims = decoded.get(token);
  if (claims === undefined) {
    claims = await decodeClaims(token, secret);
    if (decoded.size >= maxDecoded) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, claims);
  }
  if (!claims || claims.expiresAtMs <= Date.now()) return null;
  return claims.user;
}

async function decodeClaims(token: string, secret: string): Promise<Claims | null> {
  try {
    const payload = await decode({ token, secret, salt: sessionCookieName });
    if (!payload || typeof payload.uid !== "string" || typeof payload.sid !== "string") return null;
    if (typeof payload.exp !== "number") return null;
    return {
      user: { id: payload.uid, role: payload.role as Role, sessionId: payload.sid },
      expiresAtMs: payload.exp * 1000,
    };
  } catch {
    return null;
  }
}

/** The cookie's value, joined from its `.0`, `.1`… chunks when next-auth split a large one. */
function sessionToken(cookieHeader: string): string | null {
  let whole: string | null = null;
  const chunks: [number, string][] = [];
  for (const part of cookieHeader.split(";")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (name === sessionCookieName) whole = part.slice(at + 1).trim();
    else if (name.startsWith(`${sessionCookieName}.`)) {
      const index = Number(name.slice(sessionCookieName.length + 1));
      if (Number.isInteger(index) && index >= 0) chunks.push([index, part.slice(at + 1).trim()]);
    }
  }
  if (chunks.length) {
    chunks.sort((a, b) => a[0] - b[0]);
    return chunks.map(([, value]) => value).join("");
  }
  return whole || null;
}
