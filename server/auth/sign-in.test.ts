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

  it("slows down one account from one address, with a growing wait, never its owner elsewhere", async () => {
    const user = await createUser(db, "store_staff", {}, { passwordHash });
    const start = new Date("2026-11-24T15:00:00Z");
    const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const attempt = (password: string, address: string, at: Date) =>
      checkSignIn(db, { email: user.email, password }, address, limits, at);
    const attacker = "198.51.100.66";
    for (let i = 0; i < 4; i++) expect(await attempt("wrong", attacker, start)).toMatchObject({ reason: "invalid" });
    expect(await attempt("wrong", attacker, start)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 15 });
    // Even the right password waits, from that address…
    expect(await attempt("correct horse", attacker, later(5))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 10,
    });
    // …while the owner signs in from theirs at once.
    expect(await attempt("correct horse", "192.0.2.10", later(5))).toMatchObject({ ok: true });
    // Each further failure doubles the wait.
    expect(await attempt("wrong", attacker, later(16))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 30,
    });
    expect(await attempt("wrong", attacker, later(47))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 60,
    });
    expect(await attempt("correct horse", attacker, later(108))).toMatchObject({ ok: true });
  });

  it("caps the wait at the configured minutes", async () => {
    const user = await createUser(db, "store_staff", {}, { passwordHash });
    const at = new Date("2026-11-24T17:00:00Z");
    let last: unknown;
    for (let i = 0; i < 12; i++) {
      last = await checkSignIn(
        db,
        { email: user.email, password: "x" },
        null,
        limits,
        new Date(at.getTime() + (i * 3_600_000) / 60),
      );
    }
    expect(last).toMatchObject({ reason: "throttled" });
    expect((last as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("slows down one address trying many accounts", async () => {
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
    expect(
      await checkSignIn(db, { email: user.email, password: "correct horse" }, "192.0.2.11", limits, at),
    ).toMatchObject({
      ok: true,
    });
  });
});
