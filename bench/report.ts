import type { LoadResult } from "./load";

export type Row = {
  id: string;
  portal: LoadResult;
  floor: LoadResult | null;
  baseline: LoadResult | null;
  /** A page's server render one request at a time: what a person waits for, without the queue. */
  render?: LoadResult | null;
};

const columns = [
  "endpoint",
  "portal req/s",
  "p50",
  "p95",
  "p99 ms",
  "floor req/s",
  "p50",
  "p95 ms",
  "baseline req/s",
  "p50",
  "p95",
  "p99 ms",
  "portal/baseline",
  "portal/floor",
  "render p50",
  "p95 ms",
  "failed (portal/floor/base)",
];

/** The results as a plain-text table; a target with failures shows FAILED, not figures. */
export function table(rows: Row[]): string {
  const cells = rows.map((row) => [
    row.id,
    ...figures(row.portal),
    ...(row.floor ? figures(row.floor).slice(0, 3) : ["–", "–", "–"]),
    ...(row.baseline ? figures(row.baseline) : ["–", "–", "–", "–"]),
    ratio(row.portal, row.baseline),
    ratio(row.portal, row.floor),
    ...(row.render && !row.render.failed ? [ms(row.render.p50), ms(row.render.p95)] : ["–", "–"]),
    [row.portal, row.floor, row.baseline].map((r) => (r ? String(r.failed) : "–")).join("/"),
  ]);
  const widths = columns.map((title, i) => Math.max(title.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) =>
    values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join("  ");
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(columns), rule, ...cells.map(line)].join("\n");
}

/** Portal throughput as a share of another target's, measured back to back. */
function ratio(portal: LoadResult, other: LoadResult | null): string {
  if (!other || portal.failed || other.failed || !other.rps) return "–";
  return `${Math.round((100 * portal.rps) / other.rps)} %`;
}

function figures(result: LoadResult): string[] {
  if (result.failed > 0) return ["FAILED", "", "", ""];
  return [result.rps.toFixed(0), ms(result.p50), ms(result.p95), ms(result.p99)];
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(1) : value.toFixed(0);
}

/** Why each failing target failed: status counts and what one more request answered. */
export function failures(rows: Row[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    for (const [target, result] of [
      ["portal", row.portal],
      ["floor", row.floor],
      ["baseline", row.baseline],
      ["render", row.render ?? null],
    ] as const) {
      if (!result || result.failed === 0) continue;
      out.push(
        `${row.id} (${target}): ${result.failed} failed of ${result.ok + result.failed}; status counts ${JSON.stringify(result.statusCodes)}\n    sample: ${result.sample ?? "–"}`,
      );
    }
  }
  return out;
}

/** The figures of one target as the JSON results carry them. */
export function summaryOf(result: LoadResult | null) {
  if (!result || result.failed) return null;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { rps: round(result.rps), p50: round(result.p50), p95: round(result.p95), p99: round(result.p99) };
}
