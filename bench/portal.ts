import { randomBytes } from "node:crypto";
import { spawnGroup, waitForOk } from "./process";

export type Portal = { url: string; readyMs: number; buildMs: number | null; stop: () => Promise<void> };

/**
 * The production server exactly as `npm start` runs it (migrate, seed if empty, build when the
 * sources changed, `next start`), pointed at the bench database.
 */
export async function startPortal(databaseUrl: string, port: number): Promise<Portal> {
  const started = performance.now();
  let buildStarted: number | null = null;
  let buildMs: number | null = null;
  const group = spawnGroup(
    "portal",
    ["--import", "tsx", "scripts/start.ts"],
    {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      APP_ENV: "test",
      // The bench measures speed, not the per-key limit.
      CARRIER_API_RATE_LIMIT: "100000000",
      // A secret of the run's own, so start.ts neither reads nor writes one in DATA_DIR.
      AUTH_SECRET: randomBytes(32).toString("base64url"),
    },
    (line) => {
      if (line.includes("Building the portal")) buildStarted = performance.now();
      // `next start` prints its banner once the build is done.
      else if (buildStarted !== null && buildMs === null && /Ready in|Local:/.test(line)) {
        buildMs = performance.now() - buildStarted;
      }
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/login`, group, 15 * 60_000);
  return { url, readyMs: performance.now() - started, buildMs, stop: group.stop };
}

/**
 * Signs in through next-auth's credentials flow as a browser would (CSRF token, then the
 * form post) and returns the Cookie header carrying the session.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}: ${await csrf.text()}`);
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };

  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
  });
  await response.arrayBuffer();
  keepCookies(jar, response);
  // Large tokens are split into `.0`, `.1`… chunks.
  if (![...jar.keys()].some((name) => name.startsWith("authjs.session-token"))) {
    throw new Error(
      `sign-in as ${email} gave no session (status ${response.status}, location ${response.headers.get("location")})`,
    );
  }
  return cookieHeader(jar);
}

function keepCookies(jar: Map<string, string>, response: Response) {
  for (const cookie of response.headers.getSetCookie()) {
    const pair = cookie.split(";", 1)[0] ?? "";
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}
