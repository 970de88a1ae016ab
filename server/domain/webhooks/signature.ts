import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. For 24 hours after
 * the endpoint's secret is rotated it carries one `v1` per secret (`t=…,v1=<new>,v1=<old>`):
 * a receiver accepts the event when any of them matches its secret.
 */
export const signatureHeader = "handoff-signature";

function mac(secret: string, timestamp: number, body: string) {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signWebhook(secrets: string | readonly string[], timestamp: number, body: string): string {
  const list = typeof secrets === "string" ? [secrets] : secrets;
  return [`t=${timestamp}`, ...list.map((secret) => `v1=${mac(secret, timestamp, body)}`)].join(",");
}

/**
 * What a receiver does: recompute the HMAC over the timestamp and the raw body, compare in
 * constant time, and refuse stale timestamps (replays).
 */
export function verifyWebhook(
  secret: string,
  header: string | null,
  body: string,
  toleranceSeconds = 300,
  now = Date.now(),
) {
  const parts = (header ?? "").split(",").map((p) => p.split("=", 2) as [string, string | undefined]);
  const timestamp = Number(parts.find(([k]) => k === "t")?.[1]);
  const signatures = parts.filter(([k, v]) => k === "v1" && v).map(([, v]) => Buffer.from(v!, "hex"));
  if (!Number.isFinite(timestamp) || signatures.length === 0) return false;
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(mac(secret, timestamp, body), "hex");
  return signatures.some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}
