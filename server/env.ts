import "server-only";
import { z } from "zod";
import { parseCidr } from "./net/addresses";

/**
 * Every environment variable the portal reads, validated once. Nothing else reads process.env
 * (scripts that start processes pass variables on, which is not reading them).
 */
const schema = z.object({
  /** PostgreSQL server URL. Unset: an embedded PGlite database in DATA_DIR. */
  DATABASE_URL: z.url().optional(),
  /** Longest a single database statement may run before it is cancelled (PostgreSQL server only). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** Folder for the embedded database, generated secrets and local proof files. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** `production` never seeds demo data and requires AUTH_SECRET. */
  APP_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Address to listen on (e.g. 127.0.0.1 behind a proxy on the same machine). Unset: every interface. */
  HOSTNAME: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]{1,253}$/, "A host name or an IP address")
    .optional(),
  /**
   * Proxies whose X-Forwarded-For is believed, comma-separated addresses or CIDR ranges
   * (e.g. `10.0.0.0/8,::1`). Unset: X-Forwarded-For is ignored and the connection's address counts.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value, ctx) => {
      const ranges = value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);
      for (const range of ranges) {
        if (!parseCidr(range)) ctx.addIssue({ code: "custom", message: `Not an address or CIDR range: ${range}` });
      }
      return ranges;
    }),
  /** How much the server logs: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  AUTH_SECRET: z.string().min(16).optional(),
  /** Failed sign-ins allowed per account / per client address within the window. */
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(50),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  /** Whether this instance delivers webhooks and runs the minute sweep ("false" for web-only instances). */
  BACKGROUND_JOBS: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /**
   * Webhooks to loopback and private addresses (local test receivers). Off by default: endpoints
   * must be on the public internet; link-local and metadata addresses are refused regardless.
   */
  WEBHOOK_ALLOW_PRIVATE_HOSTS: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** Largest proof photo accepted, in bytes (the phone checks the same limit before sending). */
  PROOF_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /**
   * Shared secret of the end-to-end tests' seeding endpoint (`/api/test/seed`). Honoured only
   * with APP_ENV=test; refused outright with APP_ENV=production.
   */
  TEST_SEED_TOKEN: z.string().min(32).max(200).optional(),
  /** Carrier API requests allowed per key per minute. */
  CARRIER_API_RATE_LIMIT: z.coerce.number().int().positive().default(3000),
  /** Largest Carrier API request body accepted, in bytes. */
  CARRIER_API_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Map tile address template ({z}/{x}/{y}, optional {s}); empty: no tiles, the map draws only its own shapes. */
  MAP_TILE_URL: z
    .string()
    .regex(/^(https?:\/\/\S+)?$/, "An http(s) address template, or empty for no tiles")
    .default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  /** Credit shown on the map for the tiles (HTML allowed, as tile providers require links). */
  MAP_TILE_ATTRIBUTION: z
    .string()
    .default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
  /** Where new proof photos go: `local` (DATA_DIR/proofs) or `s3` (S3_BUCKET; needed for several instances). */
  PROOF_STORAGE: z.enum(["local", "s3"]).default("local"),
  /** Bucket for proof photos; required with PROOF_STORAGE=s3. */
  S3_BUCKET: z.string().min(1).optional(),
  /** Endpoint of an S3-compatible server (MinIO, R2, …). Unset: AWS S3 for S3_REGION. */
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  /** Unset: the AWS SDK's default credentials (instance role, shared config). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Bucket in the path rather than the host name, as most S3-compatible servers want. */
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

export type Env = z.infer<typeof schema>;

/** Validates a set of variables (exported so tests can check the refusals). */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  if (parsed.data.APP_ENV === "production" && !parsed.data.AUTH_SECRET) {
    throw new Error("Invalid environment: AUTH_SECRET is required when APP_ENV=production");
  }
  if (parsed.data.APP_ENV === "production" && parsed.data.TEST_SEED_TOKEN) {
    throw new Error("Invalid environment: TEST_SEED_TOKEN must not be set when APP_ENV=production");
  }
  if (parsed.data.PROOF_STORAGE === "s3" && !parsed.data.S3_BUCKET) {
    throw new Error("Invalid environment: S3_BUCKET is required when PROOF_STORAGE=s3");
  }
  if (!parsed.data.S3_ACCESS_KEY_ID !== !parsed.data.S3_SECRET_ACCESS_KEY) {
    throw new Error("Invalid environment: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither");
  }
  return parsed.data;
}

export const env: Env = loadEnv();
