import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createParcel, createWorld } from "@/db/factories";
import { testDatabase } from "@/db/testing/database";
import { createCaller } from "@/server/trpc/root";

let db: Db;
let world: Awaited<ReturnType<typeof createWorld>>;

const as = (user: { id: string; role: "store_staff" | "store_owner" | "regional_manager" | "admin" }) =>
  createCaller({
    db,
    headers: new Headers({ "accept-language": "en-US" }),
    sessionUser: { id: user.id, role: user.role },
  });

beforeAll(async () => {
  db = (await testDatabase()).db;
  world = await createWorld(db);
  // Both store people chose Español on their account page; their browsers are English.
  await as(world.staff).account.setLanguage({ language: "es" });
  await as(world.owner).account.setLanguage({ language: "es" });
});

const rejection = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error("accepted");
    },
    (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
  );

describe("the server's rare answers to a store person who reads Spanish", () => {
  it("a parcel that is not theirs, a label no carrier prints, a screen not for their role", async () => {
    const staff = as(world.staff);
    expect(await rejection(staff.parcels.get({ trackingId: `NOPE-${randomUUID().slice(0, 8)}` }))).toEqual({
      code: "NOT_FOUND",
      message: "No se encontró el paquete.",
    });
    expect(await rejection(staff.parcels.markReady({ trackingId: "ABC 123" }))).toEqual({
      code: "BAD_REQUEST",
      message: "Los números de rastreo usan letras, dígitos, '.', '_' y '-'.",
    });
    expect(await rejection(staff.deliveries.earnings({ partnerCode: world.mallStore.code, month: "2026-11" }))).toEqual(
      { code: "FORBIDDEN", message: "Esto no está disponible para tu rol." },
    );
  });

  it("a field's own message on the owner's forms, and a phone whose clock runs a day ahead", async () => {
    const owner = as(world.owner);
    expect(
      await rejection(owner.staff.invite({ partnerCode: world.ruralStore.code, email: "not an email", name: "Ana" })),
    ).toEqual({ code: "BAD_REQUEST", message: "Escribe un correo electrónico válido." });
    expect(
      await rejection(owner.staff.invite({ partnerCode: world.ruralStore.code, email: "ana@example.com", name: " " })),
    ).toEqual({ code: "BAD_REQUEST", message: "Escribe el nombre de la persona." });
    const parcel = await createParcel(db, world.ruralStore, { status: "at_store" });
    expect(
      await rejection(
        owner.deliveries.log({
          clientActionId: randomUUID(),
          trackingId: parcel.trackingId,
          outcome: "failed",
          failureReason: "recipient_unavailable",
          tappedAt: new Date(Date.now() + 3 * 86_400_000),
        }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      message: "tappedAt está más de un día en el futuro; revisa el reloj del dispositivo.",
    });
  });

  it("a store its manager deactivated: each scan of a batch says so too", async () => {
    const other = await createWorld(db);
    await as(other.staff).account.setLanguage({ language: "es" });
    const parcel = await createParcel(db, other.mallStore);
    await as(other.manager).partners.setActive({ code: other.mallStore.code, active: false });
    const inactive = `${other.mallStore.name} está inactiva: no se puede registrar nada hasta que tu gerente regional la vuelva a activar.`;
    const staff = as(other.staff);
    expect(await rejection(staff.parcels.markReady({ trackingId: parcel.trackingId }))).toEqual({
      code: "FORBIDDEN",
      message: inactive,
    });
    expect(await staff.parcels.markManyReady({ trackingIds: [parcel.trackingId], ready: true })).toEqual([
      { trackingId: parcel.trackingId, ok: false, message: inactive },
    ]);
  });

  it("people who read English keep the English words", async () => {
    const manager = as(world.manager);
    expect(await rejection(manager.parcels.get({ trackingId: "NOPE-0001" }))).toEqual({
      code: "NOT_FOUND",
      message: "Parcel not found.",
    });
    expect(await rejection(manager.parcels.get({ trackingId: "ABC 123" }))).toEqual({
      code: "BAD_REQUEST",
      message: "Tracking IDs use letters, digits, '.', '_' and '-'.",
    });
  });
});
