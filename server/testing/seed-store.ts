import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { createMall, createPartner, createRegion, createUser } from "@/db/factories";
import { carriers } from "@/db/schema";
import { DEMO_CARRIER } from "@/db/seed/world";
import { hashPassword } from "@/server/auth/password";

const timeZone = z.string().refine((tz) => Intl.supportedValuesOf("timeZone").includes(tz), "Not an IANA time zone.");

/**
 * What a test asks for: one store of a program and the people it needs (one of each role listed),
 * optionally in another time zone, with neighbours in its region, or joined some days ago.
 */
export const seedStoreInput = z.strictObject({
  program: z.enum(["mall_pickup", "local_delivery"]),
  people: z
    .array(z.enum(["store_staff", "store_owner", "regional_manager", "admin"]))
    .min(1)
    .max(4)
    .refine((roles) => new Set(roles).size === roles.length, "List each role once."),
  /** The store's zone (by default its place's). */
  timeZone: timeZone.optional(),
  /** More stores of the same program in the same region (and mall), each in its own zone. */
  neighbours: z.array(z.strictObject({ timeZone })).max(3).optional(),
  /** When the stores joined Handoff, so a device may send times from the days before today. */
  joinedDaysAgo: z.number().int().min(0).max(30).optional(),
  /** Stores of the same program in the same region (and mall) to fill long lists: "Test Store TAG 01"… */
  listFillers: z.number().int().min(0).max(60).optional(),
});

export type SeedStoreInput = z.infer<typeof seedStoreInput>;

const places = {
  // Beside the demo stores, so parcels announced around them are within the delivery radius.
  mall_pickup: {
    city: "Chandler",
    state: "AZ",
    postalCode: "85226",
    lat: 33.3016,
    lng: -111.8976,
    tz: "America/Phoenix",
  },
  local_delivery: {
    city: "Broken Bow",
    state: "NE",
    postalCode: "68822",
    lat: 41.4019,
    lng: -99.6393,
    tz: "America/Chicago",
  },
} as const;

/**
 * A fresh store of the demo carrier in a region of its own (a mall of its own for mall pickup),
 * with one person per requested role sharing one new password: tests that use it share nothing.
 * Store people work for the store; a regional manager oversees its region; an admin sees all.
 */
export async function seedStore(db: Db, input: SeedStoreInput) {
  const place = places[input.program];
  const [carrier] = await db.select().from(carriers).where(eq(carriers.code, DEMO_CARRIER.code));
  if (!carrier) throw new Error("The demo carrier is missing: the test server seeds it on start.");
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const tag = randomBytes(4).toString("hex").toUpperCase();
    const region = await createRegion(tx, { name: `Test region ${tag}`, timeZone: place.tz });
    const mall =
      input.program === "mall_pickup"
        ? await createMall(tx, region.id, { name: `Test Mall ${tag}`, timeZone: place.tz })
        : null;
    const createdAt = new Date(Date.now() - (input.joinedDaysAgo ?? 0) * 86_400_000);
    const stores = [];
    for (const [i, zone] of [
      input.timeZone ?? place.tz,
      ...(input.neighbours ?? []).map((n) => n.timeZone),
    ].entries()) {
      const suffix = i === 0 ? "" : `-${i + 1}`;
      stores.push(
        await createPartner(
          tx,
          { regionId: region.id, carrierId: carrier.id, mallId: mall?.id ?? null, program: input.program },
          {
            code: `T-${tag}${suffix}`,
            name: `Test Store ${tag}${suffix}`,
            city: place.city,
            state: place.state,
            postalCode: place.postalCode,
            lat: place.lat,
            lng: place.lng,
            timeZone: zone,
            createdAt,
          },
        ),
      );
    }
    const store = stores[0]!;
    // Inserted out of name order, so a list in name order is the server's doing.
    const count = input.listFillers ?? 0;
    for (let i = 0; i < count; i++) {
      const n = String(count - i).padStart(2, "0");
      await createPartner(
        tx,
        { regionId: region.id, carrierId: carrier.id, mallId: mall?.id ?? null, program: input.program },
        {
          code: `T-${tag}-${n}`,
          name: `Test Store ${tag} ${n}`,
          city: place.city,
          state: place.state,
          postalCode: place.postalCode,
          lat: place.lat,
          lng: place.lng,
          timeZone: place.tz,
          createdAt,
        },
      );
    }
    const people = [];
    for (const [i, role] of input.people.entries()) {
      const memberships =
        role === "regional_manager" ? { regionIds: [region.id] } : role === "admin" ? {} : { partnerIds: [store.id] };
      const email = `${role.replace("_", "-")}-${i}-${tag.toLowerCase()}@test.example`;
      const name = `${role === "regional_manager" ? "Manager" : role === "admin" ? "Admin" : "Person"} ${tag} ${i + 1}`;
      await createUser(tx, role, memberships, { email, name, passwordHash });
      people.push({ role, email, name, password });
    }
    const described = stores.map((s) => ({
      code: s.code,
      name: s.name,
      program: s.program,
      timeZone: s.timeZone,
      lat: s.lat,
      lng: s.lng,
      mallName: mall?.name ?? null,
      regionName: region.name,
    }));
    return { store: described[0]!, neighbours: described.slice(1), people };
  });
}

export type SeededStore = Awaited<ReturnType<typeof seedStore>>;
