import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The framework's own page: what every route loads at least. */
export const floorRoute = "/_not-found";

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

/**
 * First-load JavaScript per route in gzip kB, from the build's `.next/diagnostics/route-bundle-stats.json`
 * (each chunk gzipped on its own, as a browser fetches it). Null when there is no build.
 */
export function firstLoadJsGzipKb(dir = process.cwd()): Record<string, number> | null {
  const file = path.join(dir, ".next", "diagnostics", "route-bundle-stats.json");
  if (!existsSync(file)) return null;
  const stats = JSON.parse(readFileSync(file, "utf8")) as RouteStats[];
  const gzipped = new Map<string, number>();
  const sizeOf = (chunk: string) => {
    let size = gzipped.get(chunk);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(dir, chunk))).length;
      gzipped.set(chunk, size);
    }
    return size;
  };
  const out: Record<string, number> = {};
  for (const { route, firstLoadChunkPaths } of stats.sort((a, b) => a.route.localeCompare(b.route))) {
    const bytes = firstLoadChunkPaths.reduce((sum, chunk) => sum + sizeOf(chunk), 0);
    out[route] = Math.round(bytes / 102.4) / 10;
  }
  return out;
}
