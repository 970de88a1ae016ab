import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import * as session from "./session-cookie";

const secret = "a-test-secret-of-enough-length-0123456789";
const read = {
  sessionCookieName: session.sessionCookieName,
  sessionUserFromCookies: (header: string | null) => session.sessionUserFromCookies(header, secret),
};

/** A session cookie as next-auth issues it at sign-in (see ./config.ts). */
async function cookie(claims: Record<string, unknown>, maxAge = 3600) {
  return encode({ token: claims, secret, salt: read.sessionCookieName, maxAge });
}

describe("reading the session cookie", () => {
  const person = { uid: randomUUID(), role: "store_staff", sid: randomUUID() };

  it("gives the person, role and session a signed cookie names, as often as asked", async () => {
    const header = `other=1; ${read.sessionCookieName}=${await cookie(person)}`;
    const expected = { id: person.uid, role: person.role, sessionId: person.sid };
    expect(await read.sessionUserFromCookies(header)).toEqual(expected);
    expect(await read.sessionUserFromCookies(header)).toEqual(expected);
  });

  it("joins a cookie next-auth split into chunks", async () => {
    const token = await cookie(person);
    const half = Math.floor(token.length / 2);
    const header = `${read.sessionCookieName}.1=${token.slice(half)}; ${read.sessionCookieName}.0=${token.slice(0, half)}`;
    expect((await read.sessionUserFromCookies(header))?.sessionId).toBe(person.sid);
  });

  it("refuses a changed, expired, foreign or session-less cookie", async () => {
    const token = await cookie(person);
    const changed = `${token.slice(0, -4)}${token.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    const expired = await cookie(person, -120);
    const foreign = await encode({ token: person, secret: `${secret}-other`, salt: read.sessionCookieName });
    const withoutSession = await cookie({ uid: person.uid, role: person.role });
    for (const value of [changed, expired, foreign, withoutSession, "not-a-token"]) {
      expect(await read.sessionUserFromCookies(`${read.sessionCookieName}=${value}`)).toBeNull();
    }
    expect(await read.sessionUserFromCookies(null)).toBeNull();
    expect(await read.sessionUserFromCookies(`authjs.csrf-token=${token}`)).toBeNull();
  });
});
