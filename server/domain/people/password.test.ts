import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { hashPassword } from "@/server/auth/password";
import { checkSignIn } from "@/server/auth/sign-in";
import { startSession } from "@/server/domain/auth/sessions";
import { createCaller } from "@/server/trpc/root";
import { issueOneTimePassword } from "./password";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;
const oldPassword = "an old long passphrase";
const limits = { perAccount: 5, perAddress: 50, lockMinutes: 15 };

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

/** A person signed in twice (two browsers), as the session cookie would name them. */
async function signedInTwice() {
  const user = await createUser(
    db,
    "store_staff",
    { partnerIds: [world.mallStore.id] },
    {
      passwordHash: await hashPassword(oldPassword),
    },
  );
  const as = async () => {
    const sessionId = await startSession({ db, userId: user.id });
    return createCaller({ db, headers: new Headers(), sessionUser: { id: user.id, role: user.role, sessionId } });
  };
  return { user, here: await as(), elsewhere: await as() };
}

describe("changing a password", () => {
  it("needs the current password, then ends every other session at once", async () => {
    const { user, here, elsewhere } = await signedInTwice();
    await expect(
      here.account.changePassword({ currentPassword: "not it at all", newPassword: "a brand new passphrase" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Your current password is not right." });
    await here.account.changePassword({ currentPassword: oldPassword, newPassword: "a brand new passphrase" });
    expect((await here.users.me()).id).toBe(user.id);
    await expect(elsewhere.users.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const signIn = (password: string) => checkSignIn(db, { email: user.email, password }, null, limits);
    expect(await signIn("a brand new passphrase")).toMatchObject({ ok: true });
    expect(await signIn(oldPassword)).toMatchObject({ ok: false });
  });

  it("refuses short and common passwords, naming the field", async () => {
    const { here } = await signedInTwice();
    for (const [newPassword, message] of [
      ["short one", "Use at least 12 characters."],
      ["Password1234", "This password is too common. Choose another."],
      ["aaaaaaaaaaaaaaaa", "This password is too easy to guess. Choose another."],
      ["abababababababab", "This password is too easy to guess. Choose another."],
    ]) {
      const error = await here.account
        .changePassword({ currentPassword: oldPassword, newPassword: newPassword! })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: "BAD_REQUEST",
        cause: { issues: [expect.objectContaining({ path: ["newPassword"], message })] },
      });
    }
  });
});

describe("one-time passwords", () => {
  it("end the person's sessions, then allow nothing but setting their own password", async () => {
    const { user, here } = await signedInTwice();
    const { oneTimePassword } = await issueOneTimePassword({ db, userId: user.id });
    expect(oneTimePassword).toHaveLength(16);
    await expect(here.users.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const signedIn = await checkSignIn(db, { email: user.email, password: oneTimePassword }, null, limits);
    expect(signedIn).toMatchObject({ ok: true });
    const sessionId = await startSession({ db, userId: user.id });
    const fresh = createCaller({
      db,
      headers: new Headers(),
      sessionUser: { id: user.id, role: user.role, sessionId },
    });
    expect(await fresh.account.get()).toMatchObject({ email: user.email, mustChangePassword: true });
    await expect(fresh.partners.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      fresh.account.changePassword({ currentPassword: oneTimePassword, newPassword: "my own passphrase" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await fresh.account.setPassword({ newPassword: "my own passphrase" });
    expect(await fresh.account.get()).toMatchObject({ mustChangePassword: false });
    expect((await fresh.partners.list()).map((p) => p.code)).toEqual([world.mallStore.code]);
    await expect(fresh.account.setPassword({ newPassword: "another passphrase" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("are given with store accounts, which must then choose their own", async () => {
    const manager = createCaller({
      db,
      headers: new Headers(),
      sessionUser: { id: world.manager.id, role: world.manager.role },
    });
    const invited = await manager.partners.inviteUser({
      code: world.mallStore.code,
      email: `new-${crypto.randomUUID()}@test.example`,
      name: "New Person",
      role: "store_staff",
    });
    const result = await checkSignIn(db, { email: invited.email, password: invited.temporaryPassword! }, null, limits);
    if (!result.ok) throw new Error("sign-in refused");
    const sessionId = await startSession({ db, userId: result.user.id });
    const caller = createCaller({
      db,
      headers: new Headers(),
      sessionUser: { id: result.user.id, role: result.user.role, sessionId },
    });
    expect(await caller.users.me()).toMatchObject({ mustChangePassword: true });
  });
});

describe("sessions", () => {
  it("disabling a person ends their sessions for good, even after re-enabling", async () => {
    const { user, here } = await signedInTwice();
    const manager = createCaller({
      db,
      headers: new Headers(),
      sessionUser: { id: world.manager.id, role: world.manager.role },
    });
    await manager.partners.setUserActive({ userId: user.id, active: false });
    await expect(here.users.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await manager.partners.setUserActive({ userId: user.id, active: true });
    await expect(here.users.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a made-up or malformed session id is signed out, not an error", async () => {
    const { user } = await signedInTwice();
    for (const sessionId of [crypto.randomUUID(), "not-a-uuid"]) {
      const caller = createCaller({
        db,
        headers: new Headers(),
        sessionUser: { id: user.id, role: user.role, sessionId },
      });
      await expect(caller.users.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
  });
});
