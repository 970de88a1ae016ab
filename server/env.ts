import { z } from "zod";

/**
 * Every environment variable the portal reads, validated once. Nothing else reads process.env
 * (scripts that start processes pass variables on, which is not reading them).
 */
const schema = z.object({
  /** PostgreSQL server URL. Unset: an embedded PGlite database in DATA_DIR. */
  DATABASE_URL: z.url().optional(),
  /** Folder for the embedded database, generated secrets and local proof files. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** `production` never seeds demo data and requires AUTH_SECRET. */
  APP_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
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
  if (parsed.data.PROOF_STORAGE === "s3" && !parsed.data.S3_BUCKET) {
    throw new Error("Invalid environment: S3_BUCKET is required when PROOF_STORAGE=s3");
  }
  if (!parsed.data.S3_ACCESS_KEY_ID !== !parsed.data.S3_SECRET_ACCESS_KEY) {
    throw new Error("Invalid environment: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither");
  }
  return parsed.data;
}

export const env: Env = loadEnv();
