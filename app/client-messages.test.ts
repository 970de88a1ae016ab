import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { everyScreen } from "@/lib/i18n/client-messages";

/**
 * Pages carry only the texts their client components read (`ClientMessages`). This walks each
 * route file's imports, as the bundler does, to the client components it renders (a "use client"
 * file and everything it imports) and checks that the nearest `ClientMessages` above gives every
 * namespace they pass to `useTranslations`: a screen never shows a text's key instead of the text.
 */
const root = path.resolve(import.meta.dirname, "..");
const appDir = path.join(root, "app");

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const ending of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const file = base + ending;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const importPattern = /(?:import|export)[^"';]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const isClientFile = (source: string) => /^["']use client["']/.test(source.trimStart());

/** The namespaces the client components reachable from a route file read. */
function clientNamespaces(entry: string): Set<string> {
  const visited = new Map<string, boolean>();
  const pending: [string, boolean][] = [[entry, false]];
  const used = new Set<string>();
  while (pending.length) {
    const [file, underClient] = pending.pop()!;
    const source = readFileSync(file, "utf8");
    const client = underClient || isClientFile(source);
    if (visited.has(file) && (visited.get(file) || !client)) continue;
    visited.set(file, client);
    if (client) for (const m of source.matchAll(/useTranslations\(\s*"([^"]*)"\s*\)/g)) used.add(m[1]!);
    for (const m of source.matchAll(importPattern)) {
      const next = resolveImport(file, (m[1] ?? m[2])!);
      // The server and the database never reach the browser.
      if (next && !next.startsWith(path.join(root, "server")) && !next.startsWith(path.join(root, "db"))) {
        pending.push([next, client]);
      }
    }
  }
  return used;
}

/** What a file's own `<ClientMessages namespaces={[…]}>` gives, or null when it has none. */
function givenBy(file: string): Set<string> | null {
  if (!existsSync(file)) return null;
  const source = readFileSync(file, "utf8");
  const tags = [...source.matchAll(/<ClientMessages(?:\s+namespaces=\{\[([^\]]*)\]\})?\s*>/g)];
  if (!tags.length) return null;
  const given = new Set<string>(everyScreen);
  for (const tag of tags) for (const m of (tag[1] ?? "").matchAll(/"([^"]+)"/g)) given.add(m[1]!);
  return given;
}

/** The nearest provider's namespaces for a route file: its own, else its folder's layouts upward. */
function available(file: string): Set<string> {
  const own = path.basename(file) === "layout.tsx" ? null : givenBy(file);
  let dir = path.basename(file) === "layout.tsx" ? path.dirname(path.dirname(file)) : path.dirname(file);
  // The root layout's own components sit above every provider.
  while (dir.startsWith(appDir)) {
    const layout = givenBy(path.join(dir, "layout.tsx"));
    if (layout) return new Set([...layout, ...(own ?? [])]);
    dir = path.dirname(dir);
  }
  return new Set(own ?? []);
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|layout|error|loading|not-found|global-error)\.tsx$/.test(entry.name) ? [full] : [];
  });
}

const covered = (namespace: string, given: Set<string>) => given.has(namespace) || given.has(namespace.split(".")[0]!);

describe("client texts per page", () => {
  const files = routeFiles(appDir);

  it("finds the route files and the client components' namespaces", () => {
    expect(files.length).toBeGreaterThan(30);
    const parcels = clientNamespaces(path.join(appDir, "(portal)", "parcels", "page.tsx"));
    expect([...parcels]).toEqual(expect.arrayContaining(["parcels", "scan", "validation"]));
  });

  it.each(files.map((file) => [path.relative(appDir, file), file]))("%s finds every text it reads", (_, file) => {
    const given = available(file);
    const missing = [...clientNamespaces(file)].filter((namespace) => !covered(namespace, given));
    expect(missing).toEqual([]);
  });

  it("notices a namespace no provider gives", () => {
    const given = available(path.join(appDir, "(portal)", "performance", "page.tsx"));
    expect(covered("deliveries", given)).toBe(false);
    expect(covered("parcels.statusLabel", given)).toBe(true);
  });
});
