import { type APIRequestContext, test as base, expect, type Page } from "@playwright/test";
import { Carrier } from "./carrier";

/**
 * End-to-end fixtures. Each test makes the store, people and parcels it needs, so tests share
 * nothing and run in parallel:
 *
 * ```ts
 * import { expect, signIn, test } from "./fixtures";
 *
 * test("…", async ({ page, seedStore, carrier }) => {
 *   const { store, people } = await seedStore({ program: "local_delivery", people: ["store_owner"] });
 *   const parcels = await carrier.parcelsAtRuralStore(store.code, store, 2);
 *   await signIn(page, people.store_owner);
 * });
 * ```
 *
 * The demo accounts (`demoAccounts`) are for journeys that only read the demo data.
 */

export { expect };

export type Role = "store_staff" | "store_owner" | "regional_manager" | "admin";

/** Someone who can sign in through the form. */
export type Person = { role: Role; email: string; name: string; password: string };

/** A store made for one test: the demo carrier's, in a region (and for mall pickup, a mall) of its own. */
export type TestStore = {
  code: string;
  name: string;
  program: "mall_pickup" | "local_delivery";
  timeZone: string;
  lat: number;
  lng: number;
  /** The store's own mall (mall pickup), as the manager's Arrivals page lists it. */
  mallName: string | null;
  regionName: string;
};

export type SeedStore = <R extends Role>(options: {
  program: TestStore["program"];
  /** One person per role: store staff/owner work at the store, the manager oversees its region. */
  people: R[];
  /** The store's IANA time zone (by default America/Phoenix for mall pickup, America/Chicago for local delivery). */
  timeZone?: string;
  /** More stores of the program in the same region (and mall), each in its own zone. */
  neighbours?: { timeZone: string }[];
  /** When the stores joined, so a device may send times from before today (up to 30 days). */
  joinedDaysAgo?: number;
  /** Stores of the program in the same region (and mall), "NAME 01"… coded "CODE-01"…, for long lists. */
  listFillers?: number;
}) => Promise<{ store: TestStore; neighbours: TestStore[]; people: Record<R, Person> }>;

/** Creates a store and its people through the test server's seeding endpoint. */
async function seed(request: APIRequestContext, options: Parameters<SeedStore>[0]) {
  const response = await request.post("/api/test/seed", {
    headers: { "x-test-seed-token": process.env.TEST_SEED_TOKEN ?? "", connection: "close" },
    data: options,
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { store: TestStore; neighbours: TestStore[]; people: Person[] };
  return {
    store: body.store,
    neighbours: body.neighbours,
    people: Object.fromEntries(body.people.map((p) => [p.role, p])),
  };
}

/**
 * A person uses a page once React has placed its streamed content and taken over its controls.
 * A streamed page parks each finished Suspense boundary in a hidden `<div id="S:…">` and React
 * reveals the queued ones (`$RB`) a frame or up to 300 ms later; meanwhile both copies can be in
 * the document, and locators would meet the hidden copy too. A value filled into a control React
 * has not hydrated yet can be lost to its state, so every control must be hydrated (carry React's
 * fiber; a server action's hidden inputs never do). A boundary that failed (a "not found") is
 * never queued; pages that are not the portal's (a JSON answer) have nothing to wait for.
 */
export async function pageSettled(page: Page) {
  await page.waitForFunction(() => {
    const next = window as { $RB?: unknown[]; __next_f?: unknown };
    if (next.$RB?.length) return false;
    if (!next.__next_f) return true;
    return [...document.querySelectorAll("button, input:not([type=hidden]), select, textarea")].every(
      (control) =>
        control.closest('div[hidden][id^="S:"]') || Object.keys(control).some((key) => key.startsWith("__reactFiber$")),
    );
  });
}

/** Refused requests (4xx/5xx) and the page's script errors, in order, for a failing test's report. */
function recordTrouble(page: Page): string[] {
  const seen: string[] = [];
  const at = () => new Date().toISOString().slice(11, 23);
  page.on("response", (response) => {
    if (response.status() >= 400)
      seen.push(`${at()} ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on("pageerror", (error) => seen.push(`${at()} page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") seen.push(`${at()} console: ${message.text().slice(0, 500)}`);
  });
  return seen;
}

const patched = Symbol("settled after goto and reload");

/** Every page of the worker (a second person's too) settles after goto and reload. */
function settleEveryPageAfterNavigation(page: Page) {
  const prototype = Object.getPrototypeOf(page) as Page & { [patched]?: true };
  if (prototype[patched]) return;
  prototype[patched] = true;
  const { goto, reload } = prototype;
  prototype.goto = async function (this: Page, ...args: Parameters<Page["goto"]>) {
    const response = await goto.apply(this, args);
    await pageSettled(this);
    return response;
  };
  prototype.reload = async function (this: Page, ...args: Parameters<Page["reload"]>) {
    const response = await reload.apply(this, args);
    await pageSettled(this);
    return response;
  };
}

export const test = base.extend<{
  /** Makes a fresh store and its people (see `SeedStore`). */
  seedStore: SeedStore;
  /** The demo carrier on the Carrier API: announces parcels and schedules drivers. */
  carrier: Carrier;
}>({
  page: async ({ page }, use, testInfo) => {
    settleEveryPageAfterNavigation(page);
    const seen = recordTrouble(page);
    await use(page);
    // Each page carries only its screens' texts (ClientMessages): one left out shows as its key.
    expect(seen.filter((line) => line.includes("MISSING_MESSAGE"))).toEqual([]);
    // A failure's cause is often a refused request or a script error the assertion never names.
    if (testInfo.status !== testInfo.expectedStatus) {
      console.log(
        `[${testInfo.title}] at ${page.url()}\n${seen.length ? seen.join("\n") : "no refused request or page error"}`,
      );
    }
  },
  seedStore: async ({ request }, use) => {
    await use(((options) => seed(request, options)) as SeedStore);
  },
  carrier: async ({ request }, use) => {
    await use(new Carrier(request));
  },
});

export const demoPassword = "handoff-demo";

export const demoAccounts = {
  staff: "staff@chandler.example",
  owner: "owner@prairie.example",
  manager: "manager@west.example",
  admin: "admin@handoff.example",
} as const;

/**
 * Signs in through the real form, as a person would: a seeded `Person`, or an email and
 * password (by default the demo password).
 */
export async function signIn(page: Page, who: string | Pick<Person, "email" | "password">, password = demoPassword) {
  const email = typeof who === "string" ? who : who.email;
  if (typeof who !== "string") password = who.password;
  if (!page.url().includes("/login")) await page.goto("/login");
  // The form speaks the browser's language: English or Spanish.
  await page.getByLabel(/^(Email|Correo electrónico)$/).fill(email);
  await page.getByLabel(/^(Password|Contraseña)$/).fill(password);
  // Wait for the answer, so the next step never races the form's reset.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
    page.getByRole("button", { name: /^(Sign in|Iniciar sesión)$/ }).click(),
  ]);
}

/** A sign-in expected to be refused: waits for the form's reset, so the next try is not wiped. */
export async function signInRefused(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
}

/** The form's own error message (not Next's route announcer, which is also an alert). */
export function formAlert(page: Page) {
  return page.locator("form").getByRole("alert");
}

export async function expectSignedIn(page: Page) {
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
