import type { LoadResult } from "./load";

export type Row = { id: string; portal: LoadResult; baseline: LoadResult | null };

const columns = [
  "endpoint",
  "portal req/s",
  "p50",
  "p95",
  "p99 ms",
  "baseline req/s",
  "p50",
  "p95",
  "p99 ms",
  "non-2xx+errors (portal/base)",
];

/** The results as a plain-text table; a target with failures shows FAILED, not figures. */
export function table(rows: Row[]): string {
  const cells = rows.map((row) => [
    row.id,
    ...figures(row.portal),
    ...(row.baseline ? figures(row.baseline) : ["–", "–", "–", "–"]),
    `${row.portal.failed}/${row.baseline ? row.baseline.failed : "–"}`,
  ]);
  const widths = columns.map((title, i) => Math.max(title.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) =>
    values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join("  ");
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(columns), rule, ...cells.map(line)].join("\n");
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
      ["baseline", row.baseline],
    ] as const) {
      if (!result || result.failed === 0) continue;
      out.push(
        `${row.id} (${target}): ${result.failed} failed of ${result.ok + result.failed}; status counts ${JSON.stringify(result.statusCodes)}\n    sample: ${result.sample ?? "–"}`,
      );
    }
  }
  return out;
}
