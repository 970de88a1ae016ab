import { describe, expect, it } from "vitest";
import { loadEnv } from "./env";

const token = "t".repeat(32);

describe("loadEnv", () => {
  it("reads TRUSTED_PROXIES as a list of addresses and ranges", () => {
    expect(loadEnv({ TRUSTED_PROXIES: " 10.0.0.0/8, ::1 ,192.0.2.7" }).TRUSTED_PROXIES).toEqual([
      "10.0.0.0/8",
      "::1",
      "192.0.2.7",
    ]);
    expect(loadEnv({}).TRUSTED_PROXIES).toEqual([]);
  });

  it("refuses a malformed proxy address, naming it", () => {
    expect(() => loadEnv({ TRUSTED_PROXIES: "10.0.0.0/8,proxy.example" })).toThrow(/proxy\.example/);
    expect(() => loadEnv({ TRUSTED_PROXIES: "10.0.0.0/40" })).toThrow(/TRUSTED_PROXIES/);
  });

  it("refuses a HOSTNAME that is not a host name or address, and an unknown LOG_LEVEL", () => {
    expect(loadEnv({ HOSTNAME: "127.0.0.1" }).HOSTNAME).toBe("127.0.0.1");
    expect(() => loadEnv({ HOSTNAME: "127.0.0.1 --inspect" })).toThrow(/HOSTNAME/);
    expect(() => loadEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
  it("refuses the test seeding token in production, and allows it in the test server", () => {
    expect(() => loadEnv({ APP_ENV: "production", AUTH_SECRET: "s".repeat(32), TEST_SEED_TOKEN: token })).toThrow(
      "TEST_SEED_TOKEN must not be set when APP_ENV=production",
    );
    expect(loadEnv({ APP_ENV: "test", TEST_SEED_TOKEN: token }).TEST_SEED_TOKEN).toBe(token);
  });

  it("takes the proof photo limit from PROOF_MAX_BYTES, 10 MB by default, within bounds", () => {
    expect(loadEnv({}).PROOF_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(loadEnv({ PROOF_MAX_BYTES: "262144" }).PROOF_MAX_BYTES).toBe(262_144);
    expect(() => loadEnv({ PROOF_MAX_BYTES: "12" })).toThrow(/PROOF_MAX_BYTES/);
    expect(() => loadEnv({ PROOF_MAX_BYTES: "lots" })).toThrow(/PROOF_MAX_BYTES/);
  });
});
