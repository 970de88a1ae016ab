import os from "node:os";
import { z } from "zod";

/**
 * The bench's own settings. Like server/env.ts, validated once; the portal never reads these
 * (the bench passes DATABASE_URL, PORT and APP_ENV on to the server it starts).
 */
const schema = z.object({
  BENCH_DATABASE_URL: z.url().default("postgres://postgres@127.0.0.1:5432/handoff_bench"),
  /** Partners the scale seed creates (≈10k parcels each over a year). */
  BENCH_SCALE: z.coerce.number().int().positive().default(500),
  BENCH_DAYS: z.coerce.number().int().positive().default(365),
  /** Seconds of measured load per endpoint and target, after BENCH_WARMUP seconds unmeasured. */
  BENCH_DURATION: z.coerce.number().positive().default(10),
  BENCH_WARMUP: z.coerce.number().min(0).default(2),
  BENCH_CONNECTIONS: z.coerce.number().int().positive().default(10),
  /** Turns each row's targets take (BENCH_DURATION is split between them). */
  BENCH_ROUNDS: z.coerce.number().int().positive().default(3),
  /** A request slower than this counts as failed (autocannon's timeout, seconds). */
  BENCH_TIMEOUT: z.coerce.number().int().positive().default(30),
  /** First port tried for the portal; the baseline takes the next free one. */
  BENCH_PORT: z.coerce.number().int().positive().default(3200),
  /** Where every figure of the run is written as JSON. */
  BENCH_JSON: z.string().min(1).default("bench/results.json"),
  /** Lighthouse audits of each page; the median one is reported (`npm run bench:lighthouse`). */
  BENCH_LIGHTHOUSE_RUNS: z.coerce.number().int().positive().default(3),
  /** Only the endpoints whose id contains this text (e.g. `partners`). */
  BENCH_ONLY: z.string().optional(),
});

export type BenchConfig = z.infer<typeof schema>;

export function loadConfig(): BenchConfig {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid bench settings: ${problems}`);
  }
  return parsed.data;
}

export function machineFacts(): string {
  const cpus = os.cpus();
  const memGiB = (os.totalmem() / 2 ** 30).toFixed(1);
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown"}), ${memGiB} GiB, Node ${process.version}`;
}

/** 1/5/15-minute load averages: other work on the machine skews the figures, and this shows it. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
}
