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
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  if (parsed.data.APP_ENV === "production" && !parsed.data.AUTH_SECRET) {
    throw new Error("Invalid environment: AUTH_SECRET is required when APP_ENV=production");
  }
  return parsed.data;
}

export const env: Env = load();
