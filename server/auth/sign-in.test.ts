import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { hashPassword } from "./password";
import { checkSignIn } from "./sign-in";

let db: Db;
let passwordHash: string;
const limits = { perAccount: 5, perAddress: 8, lockMinutes: 15 };

beforeAll(async () => {
  db = (await testDatabase()).db;
  passwordHash = await hashPassword("correct horse");
});

describe("checkSignIn", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const user = await createUser(db, "store_staff", {}, { passwordHash });
    const result = await checkSignIn(db, { email: user.email.toUpperCase(), password: "correct horse" }, null, limits);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "store_staff" } });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const user = await createUser(db, "store_staff", {}, { passwordHash });
    expect(await checkSignIn(db, { email: user.email, password: "nope" }, null, limits)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await checkSignIn(db, { email: "nobody@test.example", password: "nope" }, null, limits)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a deactivated account even with the right password", async () => {
    const user = await createUser(db, "store_staff", {}, { passwordHash, active: false });
    expect(await checkSignIn(db, { email: user.email, password: "correct horse" }, null, limits)).toMatchObject({
      ok: false,
    });
  });

  it("locks an account after repeated failures, even for the right password, until the lock ends", async () => {
    const user = await createUser(db, "store_staff", {}, { passwordHash });
    const start = new Date("2026-11-24T15:00:00Z");
    const attempt = (password: string, at: Date) => checkSignIn(db, { email: user.email, password }, null, limits, at);
    for (let i = 0; i < 4; i++) expect(await attempt("wrong", start)).toMatchObject({ reason: "invalid" });
    expect(await attempt("wrong", start)).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
    expect(await attempt("correct horse", new Date(start.getTime() + 5 * 60_000))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterMinutes: 10,
    });
    expect(await attempt("correct horse", new Date(start.getTime() + 16 * 60_000))).toMatchObject({ ok: true });
  });

  it("throttles one address trying many accounts", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const at = new Date("2026-11-24T16:00:00Z");
    const results = [];
    for (let i = 0; i < limits.perAddress; i++) {
      results.push(
        await checkSignIn(db, { email: `guess${i}-${address}@test.example`, password: "x" }, address, limits, at),
      );
    }
    expect(results.at(-1)).toMatchObject({ reason: "throttled" });
    const user = await createUser(db, "store_staff", {}, { passwordHash });
    expect(await checkSignIn(db, { email: user.email, password: "correct horse" }, address, limits, at)).toMatchObject({
      reason: "throttled",
    });
  });
});
