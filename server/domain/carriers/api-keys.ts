import { createHash, randomBytes } from "node:crypto";

/**
 * Carrier API keys are long random strings, so a plain SHA-256 is a safe, fast way to store
 * them (a slow password hash would only slow every API request).
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new key: shown once to the admin, only its hash and a short prefix are kept. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `hk_${randomBytes(24).toString("base64url")}`;
  return { key, prefix: key.slice(0, 10), hash: hashApiKey(key) };
}
