import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createUser, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { startSession } from "@/server/domain/auth/sessions";
import { createCaller } from "@/server/trpc/root";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
});

/** The same person on two browsers, one set to Spanish and one to English. */
async function onTwoBrowsers() {
  const user = await createUser(db, "store_staff", { partnerIds: [world.mallStore.id] });
  const browser = async (acceptLanguage: string) => {
    const sessionId = await startSession({ db, userId: user.id });
    return createCaller({
      db,
      headers: new Headers({ "accept-language": acceptLanguage }),
      sessionUser: { id: user.id, role: user.role, sessionId },
    });
  };
  return { spanish: await browser("es-MX,es;q=0.9"), english: await browser("en-US,en;q=0.9") };
}

describe("a person's language", () => {
  it("follows each browser until the person chooses, then is theirs on every browser", async () => {
    const { spanish, english } = await onTwoBrowsers();
    expect((await spanish.users.me()).locale).toBe("es");
    expect((await english.users.me()).locale).toBe("en-US");

    await english.account.setLanguage({ language: "es" });
    expect((await english.users.me()).locale).toBe("es");
    expect((await spanish.account.get()).locale).toBe("es");

    await spanish.account.setLanguage({ language: "en-US" });
    expect((await spanish.users.me()).locale).toBe("en-US");
    expect((await english.users.me()).locale).toBe("en-US");
  });

  it("refuses a language the portal does not speak, and keeps the one chosen", async () => {
    const { english } = await onTwoBrowsers();
    await english.account.setLanguage({ language: "es" });
    await expect(english.account.setLanguage({ language: "fr" as "es" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await english.users.me()).locale).toBe("es");
  });
});
