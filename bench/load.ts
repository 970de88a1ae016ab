import autocannon, { type Instance } from "autocannon";
import { onCleanup } from "./process";

export type LoadSettings = { connections: number; duration: number; warmup: number; timeout: number };

export type LoadResult = {
  rps: number;
  /** Latency percentiles of the 2xx answers, in ms. */
  p50: number;
  p95: number;
  p99: number;
  ok: number;
  /** Non-2xx answers plus connection errors and timeouts. */
  failed: number;
  statusCodes: Record<string, number>;
  /** What one more request answered, when some failed. */
  sample?: string;
  /** Sorted latencies of the 2xx answers and the seconds measured (to merge rounds). */
  latencies: number[];
  seconds: number;
};

/**
 * Loads one URL with autocannon after an unmeasured warm-up. Latencies are collected per
 * response, because autocannon's own summary has p97.5 but no p95.
 */
export type Write = { method: "PUT"; next: () => { path: string; body: unknown } };

export async function load(
  url: string,
  headers: Record<string, string>,
  settings: LoadSettings,
  write?: Write,
): Promise<LoadResult> {
  const base = {
    url,
    headers: write ? { ...headers, "content-type": "application/json" } : headers,
    connections: settings.connections,
    timeout: settings.timeout,
    // Writes get a fresh path and body per request (a new parcel each time).
    ...(write
      ? {
          requests: [
            {
              method: write.method,
              setupRequest: (request: Record<string, unknown>) => {
                const { path, body } = write.next();
                return { ...request, method: write.method, path, body: JSON.stringify(body) };
              },
            },
          ],
        }
      : {}),
  };
  if (settings.warmup > 0) await stoppable(autocannon({ ...base, duration: settings.warmup }));

  const latencies: number[] = [];
  const result = await stoppable(
    autocannon({ ...base, duration: settings.duration }).on("response", (_c, status, _b, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    }),
  );
  latencies.sort((a, b) => a - b);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const failed = result.non2xx + result.errors;
  return {
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    ok: latencies.length,
    latencies,
    seconds: result.duration,
    failed,
    statusCodes: result.timeouts ? { ...statusCodes, timeout: result.timeouts } : statusCodes,
    sample: failed ? (await probe(url, headers, write)).sample : undefined,
  };
}

export type Probe = { status: number; bytes: number; sample: string };

/** One request: checks an endpoint before loading it, and explains failures after. */
export async function probe(url: string, headers: Record<string, string>, write?: Write): Promise<Probe> {
  try {
    const request = write?.next();
    const response = await fetch(request ? new URL(request.path, url) : url, {
      method: write?.method ?? "GET",
      headers: request ? { ...headers, "content-type": "application/json" } : headers,
      body: request ? JSON.stringify(request.body) : undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
    });
    const body = await response.text();
    return {
      status: response.status,
      bytes: Buffer.byteLength(body),
      sample: `${response.status} ${body.slice(0, 400)}`,
    };
  } catch (error) {
    return { status: 0, bytes: 0, sample: `no answer: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The result for a target that failed its probe and so was not loaded. */
export function notLoaded(answer: Probe): LoadResult {
  const nan = Number.NaN;
  return {
    rps: 0,
    p50: nan,
    p95: nan,
    p99: nan,
    ok: 0,
    latencies: [],
    seconds: 0,
    failed: 1,
    statusCodes: { [answer.status]: 1 },
    sample: answer.sample,
  };
}

/** Rounds of one target as one result: every latency and every second measured. */
export function mergeRounds(rounds: LoadResult[]): LoadResult {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const statusCodes: Record<string, number> = {};
  for (const r of rounds) {
    for (const [code, count] of Object.entries(r.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + count;
  }
  return {
    rps: seconds ? latencies.length / seconds : 0,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    ok: latencies.length,
    latencies,
    seconds,
    failed: rounds.reduce((sum, r) => sum + r.failed, 0),
    statusCodes,
    sample: rounds.find((r) => r.sample)?.sample,
  };
}

/** On Ctrl-C, stop the load first: the servers wait for open connections before they exit. */
function stoppable(instance: Instance): Instance {
  onCleanup(async () => instance.stop());
  return instance;
}

/** Nearest-rank percentile of sorted values; NaN when there are none. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
